import { useCallback, useEffect, useState } from 'preact/hooks'

import {
  prepareEngineAsync,
  type EngineStatus
} from '../runtime/prepare-engine-async'
import { describeError } from '../utilities/describe-error'

export interface EngineState {
  /** The backend that runs, once the weights are loaded and checked. */
  status: EngineStatus | null
  /** A sentence saying why the engine could not start, or null. */
  error: string | null
  setStatus: (status: EngineStatus) => void
}

/** Loads the engine at mount, so the weights load while styles are chosen. */
export function useEngineStatus(): EngineState {
  const [status, setStatus] = useState<EngineStatus | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    prepareEngineAsync().then(setStatus, (reason: unknown) =>
      setError(
        describeError(reason, 'The engine could not start; reopen the plugin.')
      )
    )
  }, [])
  const handleStatus = useCallback((next: EngineStatus) => {
    setStatus(next)
    setError(null)
  }, [])
  return { status, error, setStatus: handleStatus }
}

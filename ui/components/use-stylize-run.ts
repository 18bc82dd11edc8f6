import { useCallback, useRef, useState } from 'preact/hooks'

import type { MainToUiMessage } from '../../src/contract/messages'
import { CancelledError } from '../engine/errors'
import type {
  RgbaImage,
  StylizeProgress,
  StylizeSettings
} from '../engine/types'
import type { EngineStatus } from '../runtime/prepare-engine-async'
import { postToMain } from '../bridge/post-to-main'
import { createRunId } from '../utilities/create-run-id'
import { describeError } from '../utilities/describe-error'
import { stylizeExportedAsync } from '../utilities/stylize-exported-async'

export type RunPhase =
  'idle' | 'exporting' | 'running' | 'writing' | 'done' | 'cancelled' | 'failed'

export interface RunState {
  phase: RunPhase
  progress: StylizeProgress | null
  preview: RgbaImage | null
  /** What came of the run: done, cancelled or why it failed. */
  message: string | null
}

export type RunMessage = Extract<
  MainToUiMessage,
  { type: 'RUN_IMAGES' | 'RUN_WRITTEN' | 'RUN_REFUSED' }
>

interface Run {
  runId: string
  settings: StylizeSettings
  controller: AbortController
  started: boolean
  writing: boolean
}

const CANCELLED = 'Cancelled. Nothing was changed.'
const ADVICE = 'Stylize failed, so nothing was changed; try a smaller size.'
const IDLE: RunState = {
  phase: 'idle',
  progress: null,
  preview: null,
  message: null
}

/** One run at a time: asks for the images, stylizes them, sends the result. */
export function useStylizeRun(onBackendChange: (s: EngineStatus) => void) {
  const [state, setState] = useState<RunState>(IDLE)
  const current = useRef<Run | null>(null)

  const failRun = useCallback((run: Run, error: unknown) => {
    // A cancelled or refused run has already been ended with the sandbox.
    if (current.current !== run) {
      if (error instanceof CancelledError) return
      throw error
    }
    current.current = null
    const message = describeError(error, ADVICE)
    postToMain({
      type: 'RUN_ENDED',
      runId: run.runId,
      outcome: 'failed',
      message
    })
    setState((s) => ({ ...s, phase: 'failed', preview: null, message }))
  }, [])

  const stylizeAsync = useCallback(
    async (run: Run, images: Extract<RunMessage, { type: 'RUN_IMAGES' }>) => {
      const isCurrent = () => current.current === run
      const result = await stylizeExportedAsync(images, run.settings, {
        signal: run.controller.signal,
        onBackendChange,
        onProgress: (progress) => {
          if (isCurrent()) setState((s) => ({ ...s, progress }))
        },
        onPreview: (preview) => {
          if (isCurrent()) setState((s) => ({ ...s, preview }))
        }
      })
      if (!isCurrent()) return
      run.writing = true
      setState((s) => ({ ...s, phase: 'writing', preview: result.image }))
      postToMain({ type: 'WRITE_RESULT', runId: run.runId, ...result.png })
    },
    [onBackendChange]
  )

  const startRun = useCallback((settings: StylizeSettings) => {
    if (current.current !== null) return
    const run: Run = {
      runId: createRunId(),
      settings,
      controller: new AbortController(),
      started: false,
      writing: false
    }
    current.current = run
    setState({ ...IDLE, phase: 'exporting' })
    postToMain({ type: 'START_RUN', runId: run.runId, size: settings.size })
  }, [])

  const cancelRun = useCallback(() => {
    const run = current.current
    // Once the result is sent the sandbox writes it; there is no stopping.
    if (run === null || run.writing) return
    current.current = null
    run.controller.abort()
    postToMain({
      type: 'RUN_ENDED',
      runId: run.runId,
      outcome: 'cancelled',
      message: CANCELLED
    })
    // The preview goes too, so nothing looks as if it had been written.
    setState((s) => ({
      ...s,
      phase: 'cancelled',
      preview: null,
      message: CANCELLED
    }))
  }, [])

  const handleRunMessage = useCallback(
    (message: RunMessage) => {
      const run = current.current
      // Replies about a run that was cancelled or replaced change nothing.
      if (run === null || run.runId !== message.runId) return
      if (message.type === 'RUN_IMAGES' && !run.started) {
        run.started = true
        setState((s) => ({ ...s, phase: 'running' }))
        stylizeAsync(run, message).catch((error) => failRun(run, error))
      } else if (message.type === 'RUN_WRITTEN' && run.writing) {
        current.current = null
        const done = `Done: the result is in “${message.layerName}”.`
        setState((s) => ({ ...s, phase: 'done', message: done }))
      } else if (message.type === 'RUN_REFUSED') {
        current.current = null
        run.controller.abort()
        setState((s) => ({
          ...s,
          phase: 'failed',
          preview: null,
          message: message.message
        }))
      }
    },
    [failRun, stylizeAsync]
  )

  return { state, startRun, cancelRun, handleRunMessage }
}

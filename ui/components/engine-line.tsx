import { describeBackend } from '../utilities/describe-backend'
import styles from './engine-line.module.css'
import type { EngineState } from './use-engine-status'

/** Which backend runs the engine, and why when it is not the fastest. */
export function EngineLine({ engine }: { engine: EngineState }) {
  const { status, error } = engine
  if (error !== null) return null
  return (
    <div class={styles.engine} data-backend={status?.backend ?? ''}>
      {status === null
        ? 'Loading the model…'
        : `Runs on ${describeBackend(status.backend)}.`}
      {status?.notice ? <div>{status.notice}</div> : null}
    </div>
  )
}

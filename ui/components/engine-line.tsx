import { describeBackend } from '../utilities/describe-backend'
import styles from './engine-line.module.css'
import type { EngineState } from './use-engine-status'

function describeEngine({ status }: EngineState): string {
  if (status === null) return 'Loading the model…'
  // A notice already names the slower backend and says why it runs.
  return status.notice ?? `Runs on ${describeBackend(status.backend)}.`
}

/** Which backend runs the engine, and why when it is not WebGL. */
export function EngineLine({ engine }: { engine: EngineState }) {
  if (engine.error !== null) return null
  return (
    <div class={styles.engine} data-backend={engine.status?.backend ?? ''}>
      {describeEngine(engine)}
    </div>
  )
}

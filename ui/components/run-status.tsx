import { formatTimeLeft } from '../utilities/format-time-left'
import styles from './run-status.module.css'
import type { RunState } from './use-stylize-run'

function describeRun({ phase, progress, message }: RunState): string {
  switch (phase) {
    case 'exporting':
      return 'Exporting the layers…'
    case 'running':
      return progress === null
        ? 'Starting…'
        : `Step ${progress.step} of ${progress.totalSteps}, ` +
            formatTimeLeft(progress.remainingMs)
    case 'writing':
      return 'Writing the result into the document…'
    case 'done':
    case 'cancelled':
      return message ?? ''
    case 'idle':
    case 'failed':
      return ''
  }
}

/** One sentence on how the run goes; failures go to the alerts instead. */
export function RunStatus({ run }: { run: RunState }) {
  return (
    <p class={styles.status} role="status" data-run-phase={run.phase}>
      {describeRun(run)}
    </p>
  )
}

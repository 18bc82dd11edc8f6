import { formatTimeLeft } from '../utilities/format-time-left'
import styles from './run-status.module.css'
import { isRunBusy } from './is-run-busy'
import type { RunState } from './run-batch'

function describeFrame({ frame }: RunState): string {
  return frame === null || frame.total === 1
    ? ''
    : `Frame ${frame.index} of ${frame.total}: `
}

function describeStep({ phase, progress, message }: RunState): string {
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

function describeRun(run: RunState): string {
  return isRunBusy(run.phase)
    ? describeFrame(run) + describeStep(run)
    : describeStep(run)
}

/** One sentence on how the run goes; failures go to the alerts instead. */
export function RunStatus({ run }: { run: RunState }) {
  return (
    <p class={styles.status} role="status" data-run-phase={run.phase}>
      {describeRun(run)}
    </p>
  )
}

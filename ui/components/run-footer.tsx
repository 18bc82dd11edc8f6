import { Button } from '@create-figma-plugin/ui'

import { Alerts, type AlertsProps } from './alerts'
import { EngineLine } from './engine-line'
import { isRunBusy } from './is-run-busy'
import { ProgressBar } from './progress-bar'
import type { RunState } from './run-batch'
import styles from './run-footer.module.css'
import { RunStatus } from './run-status'
import type { EngineState } from './use-engine-status'

export interface RunFooterProps {
  alerts: AlertsProps
  run: RunState
  engine: EngineState
  canStylize: boolean
  onStylize: () => void
  onCancel: () => void
}

/** What needs attention, how the run goes, and the buttons that drive it. */
export function RunFooter(props: RunFooterProps) {
  const { run } = props
  const busy = isRunBusy(run.phase)
  return (
    <footer class={styles.footer}>
      <Alerts {...props.alerts} />
      {busy ? (
        <div class={styles.progress}>
          <ProgressBar
            value={run.progress?.step ?? 0}
            max={run.progress?.totalSteps ?? 1}
          />
        </div>
      ) : null}
      <div class={styles.bar}>
        <div class={styles.lines}>
          <RunStatus run={run} />
          <EngineLine engine={props.engine} />
        </div>
        {busy ? (
          <Button secondary onClick={props.onCancel}>
            Cancel
          </Button>
        ) : null}
        <Button disabled={!props.canStylize} onClick={props.onStylize}>
          Stylize
        </Button>
      </div>
    </footer>
  )
}

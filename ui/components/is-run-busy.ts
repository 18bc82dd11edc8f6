import type { RunPhase } from './run-batch'

/** Whether a run is under way, so settings and layers must stay as they are. */
export function isRunBusy(phase: RunPhase): boolean {
  return phase === 'exporting' || phase === 'running' || phase === 'writing'
}

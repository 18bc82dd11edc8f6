import { runImagesMessage } from '../ui/fixtures'
import type { OpenUi } from '../ui/open-ui-async'
import {
  setTinyRunAsync,
  waitForTypeAsync,
  type Posted
} from '../ui/ui-helpers'

/** Clicks Stylize for a run of `steps` steps at 32 px; returns its START_RUN. */
export async function startRunAsync(
  open: OpenUi,
  steps: number
): Promise<Posted<'START_RUN'>> {
  const { ui } = open
  await setTinyRunAsync(ui)
  await ui.getByLabel('Steps', { exact: true }).fill(String(steps))
  await ui.getByRole('button', { name: 'Stylize', exact: true }).click()
  const [start] = await waitForTypeAsync(open, 'START_RUN')
  return start
}

/** Plays the sandbox exporting the run's layers, so the engine starts. */
export async function exportRunAsync(
  open: OpenUi,
  start: Posted<'START_RUN'>
): Promise<void> {
  await open.sendAsync(runImagesMessage(start.runId))
}

/** Plays the sandbox writing the run's result once the UI sends it. */
export async function writeRunAsync(open: OpenUi): Promise<void> {
  const writes = await waitForTypeAsync(open, 'WRITE_RESULT')
  await open.sendAsync({
    type: 'RUN_WRITTEN',
    runId: writes[0].runId,
    layerName: 'Home screen (stylized)'
  })
}

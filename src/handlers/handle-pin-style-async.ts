import type { Session } from '../session/create-session'
import { reportProblem } from '../utilities/report-problem'
import { SENTENCES } from '../utilities/sentences'
import { sendLayersAsync } from './send-layers-async'

/** "Use selection as style": the one selected layer becomes the style. */
export async function handlePinStyleAsync(session: Session): Promise<void> {
  const selection = figma.currentPage.selection
  if (selection.length !== 1) {
    reportProblem(SENTENCES.pinNeedsOneLayer)
    return
  }
  session.styleId = selection[0].id
  await sendLayersAsync(session)
}

import { findSceneNodeAsync } from '../selection/find-scene-node-async'
import { addStyleLayers } from '../session/add-style-layers'
import type { Session } from '../session/create-session'
import { reportProblem } from '../utilities/report-problem'
import { SENTENCES } from '../utilities/sentences'
import { sendLayersAsync } from './send-layers-async'
import { sendStyleCandidatesAsync } from './send-style-candidates-async'

/** A layer picked from the candidates joins the styles. */
export async function handleAddStyleAsync(
  session: Session,
  layerId: string
): Promise<void> {
  if (session.styles.some((style) => style.id === layerId)) return
  const layer = await findSceneNodeAsync(layerId)
  if (layer === null) {
    reportProblem(SENTENCES.candidateDeleted)
    // The list the designer picked from is out of date.
    return sendStyleCandidatesAsync()
  }
  if (addStyleLayers(session, [layer]) > 0) {
    return reportProblem(SENTENCES.tooManyStyles)
  }
  await sendLayersAsync(session)
}

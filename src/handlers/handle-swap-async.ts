import { findSceneNodeAsync } from '../selection/find-scene-node-async'
import { listContentIds } from '../selection/list-content-ids'
import type { Session } from '../session/create-session'
import { reportProblem } from '../utilities/report-problem'
import { SENTENCES } from '../utilities/sentences'
import { sendLayersAsync } from './send-layers-async'

/**
 * Exchanges the single content with the first style layer. The new content
 * is usually not the selection; it stays the content until the designer
 * selects something else, as picking layers is how they say what to
 * stylize next.
 */
export async function handleSwapAsync(session: Session): Promise<void> {
  const contentIds = listContentIds(session)
  const [style] = session.styles
  if (contentIds.length !== 1 || style === undefined) {
    return reportProblem(SENTENCES.swapNeedsPair)
  }
  const content = await findSceneNodeAsync(contentIds[0])
  if (content === null) return reportProblem(SENTENCES.contentDeleted)
  session.contentIds = [style.id]
  session.styles = [
    { id: content.id, name: content.name },
    ...session.styles.filter((s) => s.id !== style.id)
  ]
  await sendLayersAsync(session)
}

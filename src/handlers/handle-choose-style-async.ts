import { findSceneNodeAsync } from '../selection/find-scene-node-async'
import type { Session } from '../session/create-session'
import { sendLayersAsync } from './send-layers-async'
import { sendStyleCandidatesAsync } from './send-style-candidates-async'

/** A candidate picked from the list becomes the style. */
export async function handleChooseStyleAsync(
  session: Session,
  layerId: string
): Promise<void> {
  const style = await findSceneNodeAsync(layerId)
  session.styleId = layerId
  // A deleted candidate shows as "style deleted" in LAYERS.
  await sendLayersAsync(session)
  if (style === null) await sendStyleCandidatesAsync()
}

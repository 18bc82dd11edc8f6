import type { Session } from '../session/create-session'
import { findLayersProblem } from './find-layers-problem'
import { findSceneNodeAsync } from './find-scene-node-async'

export interface ResolvedLayers {
  content: SceneNode | null
  style: SceneNode | null
  /** Why Stylize cannot run, short of exporting; or null. */
  problem: string | null
}

/** Looks up the session's content and style by id, as they are now. */
export async function resolveLayersAsync(
  session: Session
): Promise<ResolvedLayers> {
  const content =
    session.contentId === null
      ? null
      : await findSceneNodeAsync(session.contentId)
  const style =
    session.styleId === null ? null : await findSceneNodeAsync(session.styleId)
  return { content, style, problem: findLayersProblem(session, content, style) }
}

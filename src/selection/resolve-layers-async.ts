import { MAX_BATCH } from '../constants'
import type { Session, StyleLayer } from '../session/create-session'
import { findLayersProblem } from './find-layers-problem'
import { findSceneNodeAsync } from './find-scene-node-async'
import { listContentIds } from './list-content-ids'

export interface ResolvedLayers {
  /** The contents that exist, in selection order. */
  contents: SceneNode[]
  /** Whether a content the session holds was deleted. */
  contentGone: boolean
  /** The style layers that exist, in the order added. */
  styles: SceneNode[]
  /** The style layers that were deleted, as last seen. */
  goneStyles: StyleLayer[]
  /** Why Stylize cannot run, short of exporting; or null. */
  problem: string | null
}

/**
 * Looks up the session's contents and styles by id, as they are now. Past
 * MAX_BATCH contents none are looked up: the batch is refused anyway, and
 * a selection of thousands would otherwise take long to read.
 */
export async function resolveLayersAsync(
  session: Session
): Promise<ResolvedLayers> {
  const ids = listContentIds(session)
  const contents: SceneNode[] = []
  if (ids.length <= MAX_BATCH) {
    for (const id of ids) {
      const node = await findSceneNodeAsync(id)
      if (node !== null) contents.push(node)
    }
  }
  const styles: SceneNode[] = []
  const goneStyles: StyleLayer[] = []
  for (const style of session.styles) {
    const node = await findSceneNodeAsync(style.id)
    if (node === null) goneStyles.push(style)
    else styles.push(node)
  }
  const contentGone = ids.length <= MAX_BATCH && contents.length < ids.length
  const layers = { contents, contentGone, styles, goneStyles }
  return { ...layers, problem: findLayersProblem(ids.length, layers) }
}

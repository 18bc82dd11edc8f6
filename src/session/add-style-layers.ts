import { MAX_STYLES } from '../contract/messages'
import type { Session } from './create-session'

/**
 * Adds layers as styles after those chosen, skipping any already chosen,
 * up to MAX_STYLES in all. Returns how many did not fit.
 */
export function addStyleLayers(
  session: Session,
  layers: ReadonlyArray<SceneNode>
): number {
  let left = 0
  for (const layer of layers) {
    if (session.styles.some((style) => style.id === layer.id)) continue
    if (session.styles.length >= MAX_STYLES) left += 1
    else session.styles.push({ id: layer.id, name: layer.name })
  }
  return left
}

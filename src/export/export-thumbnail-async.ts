import { THUMBNAIL_SIZE } from '../contract/messages'
import { exportPngAsync } from './export-png-async'
import { hasNoArea } from './has-no-area'
import { hasVisiblePixel } from './has-visible-pixel'

/**
 * A small PNG of the layer, or null if it exports empty. Emptiness is
 * judged at this size on purpose: decoding a full-size export in the
 * sandbox's JavaScript would take seconds at 4096 px, while at thumbnail
 * size it is instant, and anti-aliasing keeps even a hairline's alpha
 * above zero when scaled down.
 */
export async function exportThumbnailAsync(
  node: SceneNode
): Promise<Uint8Array | null> {
  if (hasNoArea(node)) return null
  const png = await exportPngAsync(node, THUMBNAIL_SIZE)
  return hasVisiblePixel(png) ? png : null
}

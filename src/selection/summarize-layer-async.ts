import type { LayerSummary } from '../contract/messages'
import { exportThumbnailAsync } from '../export/export-thumbnail-async'

/** The layer as the UI shows it, with its thumbnail if one is asked for. */
export async function summarizeLayerAsync(
  node: SceneNode,
  withThumbnail: boolean
): Promise<LayerSummary> {
  return {
    id: node.id,
    name: node.name,
    width: node.width,
    height: node.height,
    thumbnail: withThumbnail ? await exportThumbnailAsync(node) : null
  }
}

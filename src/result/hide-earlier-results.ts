import { findEarlierResultLayers } from './find-earlier-result-layers'
import { findEarlierResultPaint } from './find-earlier-result-paint'

/**
 * Hides what an earlier run wrote into the content (a result rectangle
 * among its children, a result paint in its fills), so that an export
 * shows the original. Returns the function that shows them again.
 */
export function hideEarlierResults(content: SceneNode): () => void {
  const layers =
    'children' in content
      ? findEarlierResultLayers(content, content.id).filter((n) => n.visible)
      : []
  for (const layer of layers) layer.visible = false
  const restoreFills = hideEarlierResultPaint(content)
  return () => {
    // A layer deleted meanwhile has nothing left to restore.
    for (const layer of layers) if (!layer.removed) layer.visible = true
    if (!content.removed) restoreFills()
  }
}

function hideEarlierResultPaint(content: SceneNode): () => void {
  if (!('fills' in content) || typeof content.fills === 'symbol') {
    return () => {}
  }
  const fills = content.fills
  const index = findEarlierResultPaint(content, fills)
  if (index === -1 || fills[index].visible === false) return () => {}
  content.fills = fills.map((paint, i) =>
    i === index ? { ...paint, visible: false } : paint
  )
  return () => {
    content.fills = fills
  }
}

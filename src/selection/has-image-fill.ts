/** Whether the layer's own fills include a visible image. */
export function hasImageFill(node: SceneNode): boolean {
  if (!('fills' in node)) return false
  const fills = node.fills
  if (typeof fills === 'symbol') return false
  return fills.some(
    (paint) => paint.type === 'IMAGE' && paint.visible !== false
  )
}

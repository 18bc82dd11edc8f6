/** Exports the layer as a PNG whose longer side is longSide pixels. */
export function exportPngAsync(
  node: SceneNode,
  longSide: number
): Promise<Uint8Array> {
  const box = node.absoluteBoundingBox ?? node
  return node.exportAsync({
    format: 'PNG',
    constraint: {
      type: box.width >= box.height ? 'WIDTH' : 'HEIGHT',
      value: longSide
    },
    // The layer's own box, not its render bounds: the result must line up
    // with it, without the shadows or strokes that reach outside.
    useAbsoluteBounds: true
  })
}

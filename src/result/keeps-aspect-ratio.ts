/**
 * Whether an image of width × height fits the layer as an export of it at
 * that longer side would: the shorter side rounded, one pixel of slack.
 */
export function keepsAspectRatio(
  layer: { width: number; height: number },
  width: number,
  height: number
): boolean {
  if (layer.width >= layer.height) {
    return Math.abs(scaleSide(layer.height, width / layer.width) - height) <= 1
  }
  return Math.abs(scaleSide(layer.width, height / layer.height) - width) <= 1
}

function scaleSide(side: number, scale: number): number {
  return Math.max(1, Math.round(side * scale))
}

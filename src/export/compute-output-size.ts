import { MAX_IMAGE_SIDE } from '../contract/messages'

/**
 * The result's pixel size: the layer's size times the resolution, rounded,
 * scaled down so that neither side passes MAX_IMAGE_SIDE (Figma's
 * createImage refuses more). Scaling starts again from the layer's own
 * size, so the long side lands on the limit exactly and the short side
 * rounds as an export of it would.
 */
export function computeOutputSize(
  layer: { width: number; height: number },
  resolution: number
): { width: number; height: number } {
  const longSide = Math.max(layer.width, layer.height) * resolution
  const scale =
    Math.round(longSide) > MAX_IMAGE_SIDE
      ? MAX_IMAGE_SIDE / Math.max(layer.width, layer.height)
      : resolution
  return {
    width: Math.max(1, Math.round(layer.width * scale)),
    height: Math.max(1, Math.round(layer.height * scale))
  }
}

import { MAX_IMAGE_SIDE } from '../../src/contract/messages'

export interface PixelSize {
  width: number
  height: number
}

/**
 * The pixel size a result is written at: the content's size times the
 * resolution, scaled down as a whole so neither side passes what Figma's
 * createImage accepts.
 */
export function computeOutputSize(
  content: PixelSize,
  resolution: number
): PixelSize {
  const width = content.width * resolution
  const height = content.height * resolution
  const fit = Math.min(1, MAX_IMAGE_SIDE / Math.max(width, height))
  return {
    width: Math.max(1, Math.min(MAX_IMAGE_SIDE, Math.round(width * fit))),
    height: Math.max(1, Math.min(MAX_IMAGE_SIDE, Math.round(height * fit)))
  }
}

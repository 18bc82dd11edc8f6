import type { RgbaImage } from '../engine/types'
import type { PixelSize } from './compute-output-size'

function drawPixels(image: RgbaImage): OffscreenCanvas {
  const canvas = new OffscreenCanvas(image.width, image.height)
  const context = canvas.getContext('2d')
  if (context === null) throw new Error('OffscreenCanvas has no 2d context')
  const pixels = new ImageData(
    new Uint8ClampedArray(image.data),
    image.width,
    image.height
  )
  context.putImageData(pixels, 0, 0)
  return canvas
}

function resizeCanvas(source: OffscreenCanvas, size: PixelSize) {
  const canvas = new OffscreenCanvas(size.width, size.height)
  const context = canvas.getContext('2d')
  if (context === null) throw new Error('OffscreenCanvas has no 2d context')
  context.imageSmoothingEnabled = true
  context.imageSmoothingQuality = 'high'
  context.drawImage(source, 0, 0, size.width, size.height)
  return canvas
}

/**
 * Encodes RGBA pixels as PNG bytes for the sandbox's createImage, resized
 * to `size` first when given (the engine works below the output size).
 */
export async function encodePngAsync(
  image: RgbaImage,
  size: PixelSize = image
): Promise<Uint8Array> {
  let canvas = drawPixels(image)
  if (size.width !== image.width || size.height !== image.height) {
    canvas = resizeCanvas(canvas, size)
  }
  const blob = await canvas.convertToBlob({ type: 'image/png' })
  return new Uint8Array(await blob.arrayBuffer())
}

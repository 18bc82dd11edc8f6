import type { RgbaImage } from '../engine/types'

/** Encodes RGBA pixels as PNG bytes for the sandbox's createImage. */
export async function encodePngAsync(image: RgbaImage): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(image.width, image.height)
  const context = canvas.getContext('2d')
  if (context === null) throw new Error('OffscreenCanvas has no 2d context')
  const pixels = new ImageData(
    new Uint8ClampedArray(image.data),
    image.width,
    image.height
  )
  context.putImageData(pixels, 0, 0)
  const blob = await canvas.convertToBlob({ type: 'image/png' })
  return new Uint8Array(await blob.arrayBuffer())
}

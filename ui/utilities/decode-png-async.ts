import type { RgbaImage } from '../engine/types'
import { createPngBlob } from './create-png-blob'

/** Decodes PNG bytes to unpremultiplied 8-bit RGBA pixels, as exported. */
export async function decodePngAsync(png: Uint8Array): Promise<RgbaImage> {
  // The exported pixels are already sRGB; converting them again by the PNG's
  // colour chunks would shift every colour the engine sees.
  const bitmap = await createImageBitmap(createPngBlob(png), {
    premultiplyAlpha: 'none',
    colorSpaceConversion: 'none'
  })
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
    const context = canvas.getContext('2d')
    if (context === null) throw new Error('OffscreenCanvas has no 2d context')
    context.drawImage(bitmap, 0, 0)
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height)
    return { width: bitmap.width, height: bitmap.height, data }
  } finally {
    bitmap.close()
  }
}

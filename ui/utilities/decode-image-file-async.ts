import type { RgbaImage } from '../engine/types'

/** Longest side a file style is kept at; the engine works far below it. */
export const MAX_FILE_STYLE_SIDE = 1024

/** A file the designer gave that is not a readable image. */
export class ImageFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImageFileError'
  }
}

async function openBitmapAsync(file: File): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(file)
  } catch {
    // The browser gives no reason worth showing, only that it failed.
    throw new ImageFileError(
      `“${file.name}” could not be read as an image; try a PNG or JPEG.`
    )
  }
}

/** Decodes an image file to RGBA, its long side at most 1024 px. */
export async function decodeImageFileAsync(file: File): Promise<RgbaImage> {
  if (!file.type.startsWith('image/')) {
    throw new ImageFileError(
      `“${file.name}” is not an image; add a PNG, JPEG or WebP file.`
    )
  }
  const bitmap = await openBitmapAsync(file)
  try {
    const fit = Math.min(
      1,
      MAX_FILE_STYLE_SIDE / Math.max(bitmap.width, bitmap.height)
    )
    const width = Math.max(1, Math.round(bitmap.width * fit))
    const height = Math.max(1, Math.round(bitmap.height * fit))
    const canvas = new OffscreenCanvas(width, height)
    const context = canvas.getContext('2d')
    if (context === null) throw new Error('OffscreenCanvas has no 2d context')
    context.imageSmoothingQuality = 'high'
    context.drawImage(bitmap, 0, 0, width, height)
    const { data } = context.getImageData(0, 0, width, height)
    return { width, height, data }
  } finally {
    bitmap.close()
  }
}

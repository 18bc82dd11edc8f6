import type { RgbaImage } from '../engine/types'

/** Scales an image to the given height, nearest neighbour. */
function toHeight(image: RgbaImage, height: number): RgbaImage {
  const width = Math.round((image.width * height) / image.height)
  const data = new Uint8ClampedArray(width * height * 4)
  for (let y = 0; y < height; y++) {
    const sy = Math.min(
      image.height - 1,
      Math.floor((y * image.height) / height)
    )
    for (let x = 0; x < width; x++) {
      const sx = Math.min(
        image.width - 1,
        Math.floor((x * image.width) / width)
      )
      const from = (sy * image.width + sx) * 4
      data.set(image.data.subarray(from, from + 4), (y * width + x) * 4)
    }
  }
  return { width, height, data }
}

/** Images in a row at one height, on white, with a gap between them. */
export function sideBySide(
  images: RgbaImage[],
  height: number,
  gap = 8
): RgbaImage {
  const scaled = images.map((image) => toHeight(image, height))
  const width =
    scaled.reduce((sum, s) => sum + s.width, 0) + gap * (scaled.length - 1)
  const data = new Uint8ClampedArray(width * height * 4).fill(255)
  let left = 0
  for (const image of scaled) {
    for (let y = 0; y < height; y++) {
      const row = image.data.subarray(
        y * image.width * 4,
        (y + 1) * image.width * 4
      )
      data.set(row, (y * width + left) * 4)
    }
    left += image.width + gap
  }
  return { width, height, data }
}

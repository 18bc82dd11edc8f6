import { makeRandom } from '../engine/random'
import type { RgbaImage } from '../engine/types'

type Rgb = [number, number, number]

function blank(width: number, height: number, color: Rgb): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4)
  for (let p = 0; p < data.length; p += 4) {
    data.set([...color, 255], p)
  }
  return { width, height, data }
}

function fillRect(
  image: RgbaImage,
  x: number,
  y: number,
  w: number,
  h: number,
  color: Rgb
): void {
  for (let row = Math.max(0, y); row < Math.min(image.height, y + h); row++) {
    for (let col = Math.max(0, x); col < Math.min(image.width, x + w); col++) {
      image.data.set(color, (row * image.width + col) * 4)
    }
  }
}

/**
 * A flat app screen, like the frames designers select: a header, a hero
 * card, a row of tiles with text lines and a button bar.
 */
export function makeMockupImage(width = 480, height = 320): RgbaImage {
  const image = blank(width, height, [246, 247, 250])
  const u = width / 48
  fillRect(image, 0, 0, width, 4 * u, [33, 41, 64])
  fillRect(image, 2 * u, 1.2 * u, 8 * u, 1.6 * u, [240, 242, 247])
  fillRect(image, 2 * u, 6 * u, 44 * u, 10 * u, [80, 112, 230])
  fillRect(image, 4 * u, 8 * u, 20 * u, 2 * u, [255, 255, 255])
  fillRect(image, 4 * u, 11.5 * u, 14 * u, 1.2 * u, [205, 215, 250])
  for (let i = 0; i < 3; i++) {
    const x = (2 + i * 15) * u
    fillRect(image, x, 18 * u, 13 * u, 11 * u, [255, 255, 255])
    fillRect(image, x + u, 19 * u, 11 * u, 5 * u, [255, 196, 87 - i * 20])
    fillRect(image, x + u, 25 * u, 9 * u, 0.9 * u, [60, 66, 82])
    fillRect(image, x + u, 26.6 * u, 6 * u, 0.9 * u, [150, 156, 170])
  }
  fillRect(image, 30 * u, height - 4 * u, 16 * u, 2.6 * u, [233, 84, 96])
  return image
}

/**
 * A painterly texture: short curved strokes of a warm-and-deep palette
 * laid along a swirling flow field, in the manner of an oil painting.
 */
export function makePaintingImage(width = 384, height = 384): RgbaImage {
  const palette: Rgb[] = [
    [28, 52, 110],
    [49, 94, 160],
    [240, 196, 64],
    [222, 120, 40],
    [245, 232, 180],
    [20, 28, 48]
  ]
  const image = blank(width, height, [36, 60, 120])
  const random = makeRandom(7)
  for (let stroke = 0; stroke < 2600; stroke++) {
    let x = random() * width
    let y = random() * height
    const color = palette[Math.floor(random() * palette.length)]
    const radius = 1.5 + random() * 2.5
    for (let t = 0; t < 18; t++) {
      const angle = Math.sin(x / 37) * 2.2 + Math.cos(y / 29) * 2.2
      x += Math.cos(angle) * 1.6
      y += Math.sin(angle) * 1.6
      fillRect(
        image,
        Math.round(x - radius),
        Math.round(y - radius),
        Math.round(2 * radius),
        Math.round(2 * radius),
        color
      )
    }
  }
  return image
}

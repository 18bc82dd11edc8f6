import { PNG } from 'pngjs'

export type Pixel = [number, number, number, number]

/** PNG bytes of width × height pixels, each given as 8-bit RGBA. */
export function makePng(
  width: number,
  height: number,
  pixel: (x: number, y: number) => Pixel
): Uint8Array {
  const png = new PNG({ width, height })
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      png.data.set(pixel(x, y), (y * width + x) * 4)
    }
  }
  return new Uint8Array(PNG.sync.write(png))
}

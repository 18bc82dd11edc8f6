import { PNG } from 'pngjs'

type Paint = (x: number, y: number) => [number, number, number, number]

/** PNG bytes of a `width` × `height` image coloured by `paint`. */
export function makePng(width: number, height: number, paint: Paint) {
  const png = new PNG({ width, height })
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      png.data.set(paint(x, y), (y * width + x) * 4)
    }
  }
  return new Uint8Array(PNG.sync.write(png))
}

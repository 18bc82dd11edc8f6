import { PNG } from 'pngjs'

interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

/** A copy of the PNG with a solid magenta rectangle painted on it. */
export function paintRectangle(bytes: Buffer, area: Rectangle): Buffer {
  const png = PNG.sync.read(bytes)
  for (let y = area.y; y < area.y + area.height; y++) {
    for (let x = area.x; x < area.x + area.width; x++) {
      png.data.set([255, 0, 255, 255], (y * png.width + x) * 4)
    }
  }
  return PNG.sync.write(png)
}

import { readFileSync, writeFileSync } from 'node:fs'

import jpeg from 'jpeg-js'
import { PNG } from 'pngjs'

import { ImageError } from '../engine/errors'
import type { RgbaImage } from '../engine/types'

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47]

/** Reads a PNG or JPEG file into RGBA pixels. */
export function readImageFile(path: string): RgbaImage {
  const bytes = readFileSync(path)
  const isPng = PNG_SIGNATURE.every((b, i) => bytes[i] === b)
  const isJpeg = bytes[0] === 0xff && bytes[1] === 0xd8
  if (isPng) {
    const png = PNG.sync.read(bytes)
    return { width: png.width, height: png.height, data: toClamped(png.data) }
  }
  if (isJpeg) {
    const image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true })
    return {
      width: image.width,
      height: image.height,
      data: toClamped(image.data)
    }
  }
  throw new ImageError(`${path} is neither a PNG nor a JPEG file.`)
}

function toClamped(bytes: Uint8Array): Uint8ClampedArray {
  return new Uint8ClampedArray(bytes.buffer, bytes.byteOffset, bytes.length)
}

export function encodePng(image: RgbaImage): Buffer {
  const png = new PNG({ width: image.width, height: image.height })
  png.data = Buffer.from(
    image.data.buffer,
    image.data.byteOffset,
    image.data.length
  )
  return PNG.sync.write(png)
}

export function writePngFile(path: string, image: RgbaImage): void {
  writeFileSync(path, encodePng(image))
}

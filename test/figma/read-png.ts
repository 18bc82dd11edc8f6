import { PNG } from 'pngjs'

export interface Pixels {
  width: number
  height: number
  /** Straight 8-bit RGBA. */
  data: Uint8Array
}

/** Decodes PNG bytes with pngjs, independently of the sandbox's decoder. */
export function readPng(bytes: Uint8Array): Pixels {
  const png = PNG.sync.read(Buffer.from(bytes))
  return {
    width: png.width,
    height: png.height,
    data: new Uint8Array(png.data)
  }
}

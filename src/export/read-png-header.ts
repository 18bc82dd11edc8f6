export interface PngHeader {
  width: number
  height: number
  bitDepth: number
  /** 0 grey, 2 RGB, 3 palette, 4 grey and alpha, 6 RGBA. */
  colorType: number
  interlaced: boolean
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10]
const IHDR = 0x49484452

/** The IHDR of a PNG, or null if the bytes do not start like a PNG. */
export function readPngHeader(png: Uint8Array): PngHeader | null {
  if (png.length < 33) return null
  if (SIGNATURE.some((byte, i) => png[i] !== byte)) return null
  if (readUint32(png, 8) !== 13 || readUint32(png, 12) !== IHDR) return null
  return {
    width: readUint32(png, 16),
    height: readUint32(png, 20),
    bitDepth: png[24],
    colorType: png[25],
    interlaced: png[28] === 1
  }
}

function readUint32(bytes: Uint8Array, offset: number): number {
  return (
    ((bytes[offset] << 24) |
      (bytes[offset + 1] << 16) |
      (bytes[offset + 2] << 8) |
      bytes[offset + 3]) >>>
    0
  )
}

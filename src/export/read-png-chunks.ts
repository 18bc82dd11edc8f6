export interface PngChunks {
  /** All IDAT chunks joined: one zlib stream. */
  imageData: Uint8Array
  /** The tRNS chunk, or null. */
  transparency: Uint8Array | null
}

/** Collects the chunks that decide a PNG's alpha; CRCs are not checked. */
export function readPngChunks(png: Uint8Array): PngChunks {
  const parts: Uint8Array[] = []
  let transparency: Uint8Array | null = null
  for (let offset = 8; offset + 8 <= png.length;) {
    const length = readLength(png, offset)
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8))
    const data = png.subarray(offset + 8, offset + 8 + length)
    if (data.length !== length) {
      throw new Error(`readPngChunks: chunk ${type} is cut short`)
    }
    if (type === 'IDAT') parts.push(data)
    if (type === 'tRNS') transparency = data
    if (type === 'IEND') break
    offset += 12 + length
  }
  return { imageData: joinBytes(parts), transparency }
}

function readLength(bytes: Uint8Array, offset: number): number {
  return (
    ((bytes[offset] << 24) |
      (bytes[offset + 1] << 16) |
      (bytes[offset + 2] << 8) |
      bytes[offset + 3]) >>>
    0
  )
}

function joinBytes(parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0))
  let offset = 0
  for (const part of parts) {
    joined.set(part, offset)
    offset += part.length
  }
  return joined
}

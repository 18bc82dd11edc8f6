import { createHash } from 'node:crypto'
import jpeg from 'jpeg-js'
import { PNG } from 'pngjs'

/** Straight (not premultiplied) 8-bit RGBA pixels. */
export interface DecodedImage {
  width: number
  height: number
  data: Uint8Array
}

const MAX_SIDE = 4096

export class FakeImage implements Image {
  constructor(
    readonly hash: string,
    private readonly bytes: Uint8Array,
    private readonly size: { width: number; height: number }
  ) {}

  async getBytesAsync(): Promise<Uint8Array> {
    return this.bytes.slice()
  }

  async getSizeAsync(): Promise<{ width: number; height: number }> {
    return { ...this.size }
  }
}

/** Figma's image store: createImage checks bytes, paints refer by hash. */
export class FakeImageStore {
  private readonly images = new Map<string, FakeImage>()
  private readonly pixels = new Map<string, DecodedImage | null>()

  /** As figma.createImage: PNG, JPEG or GIF, at most 4096 px a side. */
  create(bytes: unknown): FakeImage {
    if (Object.prototype.toString.call(bytes) !== '[object Uint8Array]') {
      throw new TypeError('in createImage: Expected a Uint8Array')
    }
    const data = new Uint8Array(bytes as Uint8Array)
    const hash = createHash('sha1').update(data).digest('hex')
    const known = this.images.get(hash)
    if (known !== undefined) return known
    const decoded = decodeImage(data)
    const image = new FakeImage(hash, data, decoded.size)
    this.images.set(hash, image)
    this.pixels.set(hash, decoded.pixels)
    return image
  }

  has(hash: string): boolean {
    return this.images.has(hash)
  }

  readPixels(hash: string): DecodedImage {
    const pixels = this.pixels.get(hash)
    if (pixels === undefined) throw new Error(`fake: no image ${hash}`)
    if (pixels === null) throw new Error('fake: GIF images are not drawn')
    return pixels
  }
}

function decodeImage(data: Uint8Array): {
  size: { width: number; height: number }
  pixels: DecodedImage | null
} {
  const format = detectFormat(data)
  if (format === null) {
    throw new Error('in createImage: Image type is unsupported')
  }
  if (format === 'GIF') {
    const size = {
      width: data[6] | (data[7] << 8),
      height: data[8] | (data[9] << 8)
    }
    checkSize(size)
    return { size, pixels: null }
  }
  if (format === 'PNG') checkSize(readPngSize(data))
  const pixels = decodePixels(data, format)
  checkSize(pixels)
  return { size: { width: pixels.width, height: pixels.height }, pixels }
}

function detectFormat(data: Uint8Array): 'PNG' | 'JPEG' | 'GIF' | null {
  const starts = (signature: number[]) =>
    data.length > signature.length && signature.every((b, i) => data[i] === b)
  if (starts([137, 80, 78, 71, 13, 10, 26, 10])) return 'PNG'
  if (starts([0xff, 0xd8, 0xff])) return 'JPEG'
  if (starts([71, 73, 70, 56, 55, 97]) || starts([71, 73, 70, 56, 57, 97])) {
    return 'GIF'
  }
  return null
}

function readPngSize(data: Uint8Array): { width: number; height: number } {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  if (data.length < 24) throw new Error('in createImage: Image is corrupt')
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

function decodePixels(data: Uint8Array, format: 'PNG' | 'JPEG'): DecodedImage {
  try {
    if (format === 'PNG') {
      const png = PNG.sync.read(Buffer.from(data))
      return {
        width: png.width,
        height: png.height,
        data: new Uint8Array(png.data)
      }
    }
    const image = jpeg.decode(data, { useTArray: true, formatAsRGBA: true })
    return { width: image.width, height: image.height, data: image.data }
  } catch (error) {
    throw new Error(`in createImage: Image is corrupt (${String(error)})`)
  }
}

function checkSize({ width, height }: { width: number; height: number }) {
  if (width > MAX_SIDE || height > MAX_SIDE) {
    throw new Error('in createImage: Image is too large')
  }
  if (width === 0 || height === 0) {
    throw new Error('in createImage: Image is corrupt')
  }
}

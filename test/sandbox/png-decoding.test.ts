import assert from 'node:assert/strict'
import { test } from 'node:test'
import { crc32, deflateSync } from 'node:zlib'
import { PNG } from 'pngjs'
import { hasVisiblePixel } from '../../src/export/has-visible-pixel'
import { inflateZlib } from '../../src/export/inflate-zlib'
import { readPngHeader } from '../../src/export/read-png-header'
import { makePng } from '../figma/make-png'

function makeRandom(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32
}

test('inflateZlib matches zlib on stored, fixed and dynamic blocks', () => {
  const random = makeRandom(3)
  const samples = [
    new Uint8Array(0),
    new TextEncoder().encode('abc'),
    Uint8Array.from({ length: 70_000 }, () => Math.floor(random() * 256)),
    Uint8Array.from({ length: 50_000 }, (_, i) => (i % 17) * (i % 5)),
    Uint8Array.from({ length: 3000 }, () => (random() < 0.9 ? 65 : 66))
  ]
  for (const bytes of samples) {
    for (const level of [0, 1, 6, 9]) {
      const packed = deflateSync(bytes, { level })
      assert.deepEqual(inflateZlib(packed), bytes, `level ${level}`)
    }
  }
})

test('inflateZlib rejects what is not a zlib stream', () => {
  assert.throws(() => inflateZlib(new Uint8Array([1, 2, 3])), /not a zlib/)
  const packed = deflateSync(new Uint8Array(1000).fill(7))
  assert.throws(() => inflateZlib(packed.subarray(0, 6)), /ends early/)
})

test('readPngHeader reads the size, or gives null for other bytes', () => {
  const png = makePng(7, 3, () => [0, 0, 0, 0])
  assert.deepEqual(readPngHeader(png), {
    width: 7,
    height: 3,
    bitDepth: 8,
    colorType: 6,
    interlaced: false
  })
  assert.equal(readPngHeader(new Uint8Array([0xff, 0xd8, 0xff])), null)
  assert.equal(readPngHeader(png.subarray(0, 20)), null)
})

test('hasVisiblePixel finds one faint pixel among transparent ones', () => {
  assert.equal(hasVisiblePixel(makePng(40, 30, () => [255, 0, 0, 0])), false)
  const faint = makePng(40, 30, (x, y) => [
    0,
    0,
    0,
    x === 39 && y === 29 ? 1 : 0
  ])
  assert.equal(hasVisiblePixel(faint), true)
})

test('hasVisiblePixel reads every pngjs colour type and bit depth', () => {
  const encode = (
    colorType: 0 | 2 | 4 | 6,
    bitDepth: 8 | 16,
    alpha: number
  ) => {
    const png = new PNG({
      width: 9,
      height: 5,
      colorType,
      bitDepth,
      inputHasAlpha: true
    })
    // pngjs takes 16-bit input as little-endian pairs of bytes.
    const size = bitDepth / 8
    png.data = Buffer.alloc(45 * 4 * size)
    for (let i = 0; i < 45; i++) {
      const samples = [10 * (i % 9), 50, 90, alpha]
      samples.forEach((sample, c) => {
        const at = (i * 4 + c) * size
        if (size === 1) png.data[at] = sample
        else png.data.writeUInt16LE(sample * 257, at)
      })
    }
    return new Uint8Array(
      PNG.sync.write(png, { colorType, bitDepth, inputHasAlpha: true })
    )
  }
  for (const bitDepth of [8, 16] as const) {
    assert.equal(hasVisiblePixel(encode(4, bitDepth, 0)), false)
    assert.equal(hasVisiblePixel(encode(4, bitDepth, 3)), true)
    assert.equal(hasVisiblePixel(encode(6, bitDepth, 0)), false)
    assert.equal(hasVisiblePixel(encode(6, bitDepth, 200)), true)
    assert.equal(
      hasVisiblePixel(encode(2, bitDepth, 0)),
      true,
      'no alpha: opaque'
    )
    assert.equal(hasVisiblePixel(encode(0, bitDepth, 0)), true)
  }
})

/** A PNG put together by hand, for what pngjs does not write. */
function assemblePng(
  header: {
    width: number
    height: number
    bitDepth: number
    colorType: number
    interlace: number
  },
  rows: Uint8Array,
  extra: Array<[string, Uint8Array]> = []
): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = Buffer.alloc(12 + data.length)
    out.writeUInt32BE(data.length, 0)
    out.write(type, 4, 'ascii')
    Buffer.from(data).copy(out, 8)
    out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length)
    return out
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(header.width, 0)
  ihdr.writeUInt32BE(header.height, 4)
  ihdr.set([header.bitDepth, header.colorType, 0, 0, header.interlace], 8)
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk('IHDR', ihdr),
      ...extra.map(([type, data]) => chunk(type, data)),
      chunk('IDAT', deflateSync(rows)),
      chunk('IEND', new Uint8Array(0))
    ])
  )
}

test('hasVisiblePixel reads palettes with tRNS, at 1 bit per pixel too', () => {
  const plte = new Uint8Array([255, 0, 0, 0, 255, 0])
  const header = {
    width: 10,
    height: 2,
    bitDepth: 1,
    colorType: 3,
    interlace: 0
  }
  // Two rows, filter 0, 10 pixels in 2 bytes; the last pixel uses index 1.
  const lastIsOne = new Uint8Array([0, 0, 0, 0, 0, 0b01000000])
  const allZero = new Uint8Array(6)
  const clearZero: Array<[string, Uint8Array]> = [
    ['PLTE', plte],
    ['tRNS', new Uint8Array([0])]
  ]
  assert.equal(hasVisiblePixel(assemblePng(header, allZero, clearZero)), false)
  assert.equal(hasVisiblePixel(assemblePng(header, lastIsOne, clearZero)), true)
  const bothClear: Array<[string, Uint8Array]> = [
    ['PLTE', plte],
    ['tRNS', new Uint8Array([0, 0])]
  ]
  assert.equal(
    hasVisiblePixel(assemblePng(header, lastIsOne, bothClear)),
    false
  )
})

test('hasVisiblePixel reads interlaced images and RGB key colours', () => {
  const header = {
    width: 3,
    height: 3,
    bitDepth: 8,
    colorType: 6,
    interlace: 1
  }
  // Adam7 on 3 × 3: passes 2 and 3 are empty; passes 1, 4, 5, 6 and 7
  // have rows of these many pixels, each row starting with filter 0.
  const passRows = [[1], [1], [2], [1, 1], [3]]
  const rows = (visibleAtEnd: boolean) => {
    const bytes: number[] = []
    for (const count of passRows.flat()) {
      bytes.push(0)
      for (let i = 0; i < count * 4; i++) bytes.push(0)
    }
    if (visibleAtEnd) bytes[bytes.length - 1] = 9
    return new Uint8Array(bytes)
  }
  assert.equal(hasVisiblePixel(assemblePng(header, rows(false))), false)
  assert.equal(hasVisiblePixel(assemblePng(header, rows(true))), true)

  const rgb = { width: 2, height: 1, bitDepth: 8, colorType: 2, interlace: 0 }
  const key: Array<[string, Uint8Array]> = [
    ['tRNS', new Uint8Array([0, 1, 0, 2, 0, 3])]
  ]
  const keyed = new Uint8Array([0, 1, 2, 3, 1, 2, 3])
  assert.equal(hasVisiblePixel(assemblePng(rgb, keyed, key)), false)
  const other = new Uint8Array([0, 1, 2, 3, 1, 2, 4])
  assert.equal(hasVisiblePixel(assemblePng(rgb, other, key)), true)
})

test('hasVisiblePixel undoes every row filter', () => {
  // pngjs picks the best filter per row; a noisy image makes it use all.
  const random = makeRandom(11)
  const png = new PNG({ width: 33, height: 33 })
  for (let i = 0; i < png.data.length; i++)
    png.data[i] = Math.floor(random() * 256)
  for (let i = 3; i < png.data.length; i += 4) png.data[i] = 0
  png.data[png.data.length - 1] = 1
  const bytes = new Uint8Array(PNG.sync.write(png, { filterType: -1 }))
  assert.equal(hasVisiblePixel(bytes), true)
  png.data[png.data.length - 1] = 0
  for (const filterType of [0, 1, 2, 3, 4]) {
    const clear = new Uint8Array(PNG.sync.write(png, { filterType }))
    assert.equal(hasVisiblePixel(clear), false, `filter ${filterType}`)
  }
})

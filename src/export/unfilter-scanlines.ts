import { countPngChannels } from './count-png-channels'
import type { PngHeader } from './read-png-header'

/** One unfiltered row: where its bytes start and how many pixels it holds. */
export interface Scanline {
  offset: number
  pixelCount: number
}

// Adam7 passes: first column, first row, column step, row step.
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2]
]

/**
 * Reverses the PNG row filters in place over the inflated image data and
 * returns the rows of every pass, in order.
 */
export function unfilterScanlines(
  data: Uint8Array,
  header: PngHeader
): Scanline[] {
  const pixelBits = countPngChannels(header.colorType) * header.bitDepth
  const step = Math.max(1, pixelBits >> 3)
  const passes = header.interlaced ? ADAM7 : [[0, 0, 1, 1]]
  const scanlines: Scanline[] = []
  let offset = 0
  for (const [x0, y0, dx, dy] of passes) {
    const pixelCount = Math.ceil((header.width - x0) / dx)
    const rowCount = Math.ceil((header.height - y0) / dy)
    if (pixelCount <= 0 || rowCount <= 0) continue
    const rowBytes = Math.ceil((pixelCount * pixelBits) / 8)
    for (let row = 0; row < rowCount; row++) {
      if (offset + 1 + rowBytes > data.length) {
        throw new Error('unfilterScanlines: the image data is cut short')
      }
      const previous = row === 0 ? -1 : offset - rowBytes
      unfilterRow(data, data[offset], offset + 1, previous, rowBytes, step)
      scanlines.push({ offset: offset + 1, pixelCount })
      offset += 1 + rowBytes
    }
  }
  return scanlines
}

function unfilterRow(
  data: Uint8Array,
  filter: number,
  start: number,
  previous: number,
  length: number,
  step: number
): void {
  for (let i = 0; i < length; i++) {
    const left = i >= step ? data[start + i - step] : 0
    const up = previous >= 0 ? data[previous + i] : 0
    const upLeft = previous >= 0 && i >= step ? data[previous + i - step] : 0
    const prediction = predict(filter, left, up, upLeft)
    data[start + i] = (data[start + i] + prediction) & 255
  }
}

function predict(filter: number, left: number, up: number, upLeft: number) {
  switch (filter) {
    case 0:
      return 0
    case 1:
      return left
    case 2:
      return up
    case 3:
      return (left + up) >> 1
    case 4:
      return paeth(left, up, upLeft)
    default:
      throw new Error(`unfilterScanlines: unknown filter type ${filter}`)
  }
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft
  const toLeft = Math.abs(estimate - left)
  const toUp = Math.abs(estimate - up)
  const toUpLeft = Math.abs(estimate - upLeft)
  if (toLeft <= toUp && toLeft <= toUpLeft) return left
  return toUp <= toUpLeft ? up : upLeft
}

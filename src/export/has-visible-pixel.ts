import { countPngChannels } from './count-png-channels'
import { inflateZlib } from './inflate-zlib'
import { readPngChunks } from './read-png-chunks'
import { readPngHeader } from './read-png-header'
import { unfilterScanlines } from './unfilter-scanlines'

/**
 * Whether any pixel of the PNG has an alpha above zero. Every colour type
 * and bit depth is read, with tRNS transparency, interlaced or not.
 */
export function hasVisiblePixel(png: Uint8Array): boolean {
  const header = readPngHeader(png)
  if (header === null) throw new Error('hasVisiblePixel: not a PNG')
  const { imageData, transparency } = readPngChunks(png)
  const { colorType, bitDepth } = header
  const hasAlphaChannel = colorType === 4 || colorType === 6
  // Without an alpha channel or tRNS, every pixel is opaque.
  if (!hasAlphaChannel && transparency === null) return true

  const data = inflateZlib(imageData)
  const channels = countPngChannels(colorType)
  const isVisible = hasAlphaChannel
    ? (samples: number[]) => samples[channels - 1] > 0
    : colorType === 3
      ? (samples: number[]) => readPaletteAlpha(transparency, samples[0]) > 0
      : (samples: number[]) => !matchesKeyColor(transparency, samples, bitDepth)

  const samples: number[] = new Array(channels)
  for (const { offset, pixelCount } of unfilterScanlines(data, header)) {
    for (let pixel = 0; pixel < pixelCount; pixel++) {
      for (let c = 0; c < channels; c++) {
        samples[c] = readSample(data, offset, pixel * channels + c, bitDepth)
      }
      if (isVisible(samples)) return true
    }
  }
  return false
}

function readSample(
  data: Uint8Array,
  rowOffset: number,
  index: number,
  bitDepth: number
): number {
  if (bitDepth === 8) return data[rowOffset + index]
  if (bitDepth === 16) {
    return (data[rowOffset + 2 * index] << 8) | data[rowOffset + 2 * index + 1]
  }
  const bit = index * bitDepth
  const shift = 8 - bitDepth - (bit & 7)
  return (data[rowOffset + (bit >> 3)] >> shift) & ((1 << bitDepth) - 1)
}

// Palette entries past the end of tRNS are opaque.
function readPaletteAlpha(transparency: Uint8Array | null, index: number) {
  if (transparency === null || index >= transparency.length) return 255
  return transparency[index]
}

// tRNS of grey and RGB images names one colour, two bytes per sample.
function matchesKeyColor(
  transparency: Uint8Array | null,
  samples: number[],
  bitDepth: number
): boolean {
  if (transparency === null) return false
  const mask = bitDepth === 16 ? 0xffff : (1 << bitDepth) - 1
  return samples.every(
    (sample, c) =>
      sample === (((transparency[2 * c] << 8) | transparency[2 * c + 1]) & mask)
  )
}

import {
  blendColorStats,
  colorStats,
  luminanceStats,
  matchColors,
  moveColors,
  toLuminance,
  withContentChroma
} from './colors'
import type { PreserveColors, RgbaImage, WeightedStyle } from './types'

export interface ColorPlan {
  content: RgbaImage
  styles: WeightedStyle[]
  /** What the first scale starts from, before its grain. */
  start: RgbaImage
  /** Applied to every image the run shows or returns. */
  finish: (result: RgbaImage, contentAtOutput: RgbaImage) => RgbaImage
}

/**
 * The content in the styles' palette: its colours moved to the mean and
 * covariance of the styles' pixels, pooled by the styles' weights.
 */
function inStylePalette(
  content: RgbaImage,
  styles: WeightedStyle[]
): RgbaImage {
  const total = styles.reduce((sum, s) => sum + s.weight, 0)
  const parts = styles.map((s) => ({
    stats: colorStats(s.image),
    weight: s.weight / total
  }))
  return moveColors(content, blendColorStats(parts))
}

/**
 * Luminance: content and styles become grey (the styles' brightness
 * matched to the content's) and the result takes the content's chroma
 * back. Histogram: the styles take the content's colour statistics.
 * Off: the result takes the styles' colours, and with `paletteStart` the
 * run starts from the content already in their palette, which the two
 * other modes have no use for (content and styles share their colours).
 */
export function prepareColors(
  content: RgbaImage,
  styles: WeightedStyle[],
  mode: PreserveColors,
  paletteStart: boolean
): ColorPlan {
  if (mode === 'luminance') {
    const stats = luminanceStats(content)
    const grey = toLuminance(content)
    return {
      content: grey,
      styles: styles.map((s) => ({ ...s, image: toLuminance(s.image, stats) })),
      start: grey,
      finish: withContentChroma
    }
  }
  if (mode === 'histogram') {
    return {
      content,
      styles: styles.map((s) => ({
        ...s,
        image: matchColors(s.image, content)
      })),
      start: content,
      finish: (result) => result
    }
  }
  const start = paletteStart ? inStylePalette(content, styles) : content
  return { content, styles, start, finish: (result) => result }
}

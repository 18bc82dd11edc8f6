import {
  luminanceStats,
  matchColors,
  toLuminance,
  withContentChroma
} from './colors'
import type { PreserveColors, RgbaImage, WeightedStyle } from './types'

export interface ColorPlan {
  content: RgbaImage
  styles: WeightedStyle[]
  /** Applied to every image the run shows or returns. */
  finish: (result: RgbaImage, contentAtOutput: RgbaImage) => RgbaImage
}

/**
 * Luminance: content and styles become grey (the styles' brightness
 * matched to the content's) and the result takes the content's chroma
 * back. Histogram: the styles take the content's colour statistics.
 */
export function prepareColors(
  content: RgbaImage,
  styles: WeightedStyle[],
  mode: PreserveColors
): ColorPlan {
  if (mode === 'luminance') {
    const stats = luminanceStats(content)
    return {
      content: toLuminance(content),
      styles: styles.map((s) => ({ ...s, image: toLuminance(s.image, stats) })),
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
      finish: (result) => result
    }
  }
  return { content, styles, finish: (result) => result }
}

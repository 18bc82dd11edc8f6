import { ImageError } from './errors'
import { fitLongSide } from './image-tensor'
import type { RgbaImage } from './types'

export interface Size {
  width: number
  height: number
}

/**
 * VGG-19 halves the image four times before conv5_1, so a side under 16
 * px leaves an empty feature map; under 32 px the deepest style layer sees
 * a single position. Thinner images are optimised larger and scaled back.
 */
export const MIN_WORKING_SIDE = 32
const MAX_WORKING_SIDE = 4096

function atLeastShortSide(size: Size): Size {
  const short = Math.min(size.width, size.height)
  if (short >= MIN_WORKING_SIDE) return size
  const scale = MIN_WORKING_SIDE / short
  return {
    width: Math.round(size.width * scale),
    height: Math.round(size.height * scale)
  }
}

export interface SizePlan {
  /** What the caller gets back. */
  output: Size
  /** Where the optimisation runs: the output, or larger if it is thin. */
  working: Size
  /** Each style at the output's scale times the style scale. */
  styles: Size[]
}

export function planSizes(
  content: RgbaImage,
  styles: RgbaImage[],
  longSide: number,
  styleScale = 1
): SizePlan {
  const output = fitLongSide(content.width, content.height, longSide)
  const working = atLeastShortSide(output)
  if (Math.max(working.width, working.height) > MAX_WORKING_SIDE) {
    throw new ImageError(
      'This layer is too thin to stylize; choose a wider layer.'
    )
  }
  const styleLongSide = Math.round(
    Math.max(working.width, working.height) * styleScale
  )
  const styleSizes = styles.map((style) =>
    atLeastShortSide(fitLongSide(style.width, style.height, styleLongSide))
  )
  return { output, working, styles: styleSizes }
}

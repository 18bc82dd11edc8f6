import { MIN_WORKING_SIDE, type Size } from './plan-sizes'

/** One scale of coarse-to-fine: sizes and how many steps it gets. */
export interface Scale {
  content: Size
  /** Each style's size at this scale, in the order given. */
  styles: Size[]
  steps: number
}

/** The first scale's long side: small enough that its steps are cheap. */
const FIRST_LONG_SIDE = 128
/** Each scale is this much larger than the one before (Gatys et al. 2017). */
const GROWTH = 1.4

function scaled(size: Size, factor: number): Size {
  return {
    width: Math.max(1, Math.round(size.width * factor)),
    height: Math.max(1, Math.round(size.height * factor))
  }
}

/** Geometric steps from the first scale up to 1, none above GROWTH. */
function factors(working: Size, maxCount: number): number[] {
  const long = Math.max(working.width, working.height)
  const short = Math.min(working.width, working.height)
  const first = Math.min(
    1,
    Math.max(FIRST_LONG_SIDE / long, MIN_WORKING_SIDE / short)
  )
  const wanted = Math.ceil(Math.log(1 / first) / Math.log(GROWTH) - 1e-9) + 1
  const count = Math.max(1, Math.min(maxCount, wanted))
  if (count === 1) return [1]
  return Array.from({ length: count }, (_, i) => first ** (1 - i / (count - 1)))
}

/**
 * Coarse to fine: most steps run at low resolution, where they are cheap
 * and where the style's large structures form; each scale starts from the
 * previous result, upsampled. Steps are shared equally; the style is
 * resized with the image so its strokes keep their size relative to it.
 */
export function planScales(
  working: Size,
  styles: Size[],
  steps: number,
  maxScales = 8
): Scale[] {
  const list = factors(working, Math.min(maxScales, steps))
  const base = Math.floor(steps / list.length)
  const extra = steps - base * list.length
  return list.map((factor, i) => ({
    content: i === list.length - 1 ? working : scaled(working, factor),
    styles: styles.map((style) => {
      const short = Math.min(style.width, style.height)
      return scaled(style, Math.max(factor, MIN_WORKING_SIDE / short))
    }),
    steps: base + (i < extra ? 1 : 0)
  }))
}

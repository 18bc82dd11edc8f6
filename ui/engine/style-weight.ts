import { STYLE_WEIGHT_AT_50, STYLE_WEIGHT_PER_25 } from './constants'

/**
 * The 0-100 strength as a style weight: 0 at 0, then 0.05 at 1, 0.5 at 25,
 * 5 at 50, 50 at 75 and 500 at 100. A log scale, because the look changes
 * with the ratio of style to content weight, not with their difference.
 */
export function styleWeightOf(strength: number): number {
  if (strength <= 0) return 0
  return STYLE_WEIGHT_AT_50 * STYLE_WEIGHT_PER_25 ** ((strength - 50) / 25)
}

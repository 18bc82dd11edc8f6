import { ImageError, SettingsError } from './errors'
import { checkImage } from './image-tensor'
import type { RgbaImage, WeightedStyle } from './types'

/** The request's styles, checked: at least one, weights summing above 0. */
export function stylesOf(request: {
  style?: RgbaImage
  styles?: WeightedStyle[]
}): WeightedStyle[] {
  const styles =
    request.styles ??
    (request.style ? [{ image: request.style, weight: 1 }] : [])
  if (styles.length === 0) throw new ImageError('Choose a style image.')
  styles.forEach((s, i) => checkImage(s.image, `style ${i + 1}`))
  const weights = styles.map((s) => s.weight)
  if (
    weights.some((w) => !(w >= 0)) ||
    !(weights.reduce((a, b) => a + b) > 0)
  ) {
    throw new SettingsError(
      'Style weights must be 0 or more, and at least one above 0.'
    )
  }
  return styles
}

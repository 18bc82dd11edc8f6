import { ImageError } from '../engine/errors'
import type { RgbaImage, WeightedStyle } from '../engine/types'
import type { ChosenStyle } from './chosen-style'

const CHANGED =
  'The style layers changed while they were exported; press Stylize again.'

/**
 * The engine's weighted styles: the exported layers, in their order, with
 * the weights chosen for them, then the image files.
 */
export function weighStyles(
  layers: { layerId: string; image: RgbaImage }[],
  chosen: ChosenStyle[]
): { styles: WeightedStyle[]; order: ChosenStyle[] } {
  const chosenLayers = chosen.filter((s) => s.layerId !== null)
  if (chosenLayers.length !== layers.length) throw new ImageError(CHANGED)
  const order = layers.map(({ layerId }) => {
    const style = chosenLayers.find((s) => s.layerId === layerId)
    if (style === undefined) throw new ImageError(CHANGED)
    return style
  })
  const styles = layers.map(({ image }, i) => ({
    image,
    weight: order[i].weight
  }))
  for (const file of chosen) {
    if (file.layerId !== null || file.image === null) continue
    styles.push({ image: file.image, weight: file.weight })
    order.push(file)
  }
  return { styles, order }
}

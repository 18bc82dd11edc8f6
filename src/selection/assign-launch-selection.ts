import type { StyleLayer } from '../session/create-session'
import { hasImageFill } from './has-image-fill'

export interface Assignment {
  contentIds: string[]
  styles: StyleLayer[]
}

/**
 * The selected layers at launch are the contents, except when exactly two
 * are selected and only one of them holds an image fill: that one is the
 * style, as "stylize this with that picture" is the likely meaning. Two
 * frames without images are a batch of two.
 */
export function assignLaunchSelection(
  selection: ReadonlyArray<SceneNode>
): Assignment {
  const ids = selection.map((node) => node.id)
  if (selection.length !== 2) return { contentIds: ids, styles: [] }
  const images = selection.filter(hasImageFill)
  if (images.length !== 1) return { contentIds: ids, styles: [] }
  const [style] = images
  return {
    contentIds: ids.filter((id) => id !== style.id),
    styles: [{ id: style.id, name: style.name }]
  }
}

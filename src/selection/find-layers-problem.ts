import { MAX_BATCH } from '../constants'
import { hasNoArea } from '../export/has-no-area'
import type { StyleLayer } from '../session/create-session'
import { SENTENCES } from '../utilities/sentences'
import { findContentProblem } from './find-content-problem'

interface Layers {
  contents: SceneNode[]
  contentGone: boolean
  styles: SceneNode[]
  goneStyles: StyleLayer[]
}

/**
 * Why Stylize cannot run with these layers, or null. Having no style
 * layer is no problem here: the UI may hold a style from an image file.
 */
export function findLayersProblem(
  contentCount: number,
  layers: Layers
): string | null {
  if (contentCount === 0) return SENTENCES.nothingSelected
  if (contentCount > MAX_BATCH) return SENTENCES.tooManySelected(contentCount)
  if (layers.contentGone) return SENTENCES.contentDeleted
  const [gone] = layers.goneStyles
  if (gone !== undefined) return SENTENCES.styleDeleted(gone.name)
  for (const content of layers.contents) {
    const problem = findContentProblem(content)
    if (problem !== null) return problem
  }
  const flat = layers.styles.find(hasNoArea)
  return flat === undefined ? null : SENTENCES.noArea(flat.name)
}

import { hasImageFill } from './has-image-fill'

export interface Assignment {
  contentId: string | null
  styleId: string | null
}

/**
 * One layer selected at launch is the content. Of two, the one holding an
 * image fill is the style; if neither or both hold one, the smaller is.
 */
export function assignLaunchSelection(
  selection: ReadonlyArray<SceneNode>
): Assignment {
  if (selection.length === 1) {
    return { contentId: selection[0].id, styleId: null }
  }
  if (selection.length !== 2) return { contentId: null, styleId: null }
  const [first, second] = selection
  const style = pickStyle(first, second)
  const content = style === first ? second : first
  return { contentId: content.id, styleId: style.id }
}

function pickStyle(first: SceneNode, second: SceneNode): SceneNode {
  const firstHasImage = hasImageFill(first)
  if (firstHasImage !== hasImageFill(second)) {
    return firstHasImage ? first : second
  }
  return measureArea(first) < measureArea(second) ? first : second
}

function measureArea(node: SceneNode): number {
  return node.width * node.height
}

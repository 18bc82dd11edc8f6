import type { ResultPlacement } from './choose-result-placement'
import { writeResultPaint } from './write-result-paint'
import { writeResultRectangle } from './write-result-rectangle'

/**
 * Writes the result image where the placement says. Returns the layer that
 * holds it: the new rectangle, or the content whose fills took it.
 */
export function writeResult(
  content: SceneNode,
  placement: ResultPlacement,
  image: Image,
  styleNames: string[]
): SceneNode {
  switch (placement) {
    case 'paint':
      writeResultPaint(content, image.hash)
      return content
    case 'inside':
    case 'above':
      return writeResultRectangle(content, placement, image.hash, styleNames)
    default:
      throw new Error(`writeResult: "${placement}" takes no result`)
  }
}

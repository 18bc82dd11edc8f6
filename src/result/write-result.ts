import type { ResultPlacement } from './choose-result-placement'
import { writeResultPaint } from './write-result-paint'
import { writeResultRectangle } from './write-result-rectangle'

/** Writes the result image where the placement says; returns the layer name. */
export function writeResult(
  content: SceneNode,
  placement: ResultPlacement,
  image: Image,
  styleName: string
): string {
  switch (placement) {
    case 'paint':
      writeResultPaint(content, image.hash)
      return content.name
    case 'inside':
    case 'above':
      return writeResultRectangle(content, placement, image.hash, styleName)
    default:
      throw new Error(`writeResult: "${placement}" takes no result`)
  }
}

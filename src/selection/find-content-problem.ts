import { hasNoArea } from '../export/has-no-area'
import { chooseResultPlacement } from '../result/choose-result-placement'
import { describePlacementSubject } from '../result/describe-placement-subject'
import { SENTENCES } from '../utilities/sentences'

/** Why this layer cannot be stylized, or null if it can. */
export function findContentProblem(content: SceneNode): string | null {
  if (hasNoArea(content)) return SENTENCES.noArea(content.name)
  // The export of a rotated layer is its upright bounding box, which would
  // not line up with a result placed in the layer's own coordinates.
  if (!isUpright(content.absoluteTransform)) {
    return SENTENCES.rotated(content.name)
  }
  const placement = chooseResultPlacement(describePlacementSubject(content))
  if (placement === 'unsupported') {
    return SENTENCES.cannotHoldResult(content.name)
  }
  if (placement === 'locked') return SENTENCES.insideInstance(content.name)
  return null
}

function isUpright([[a, b], [c, d]]: Transform): boolean {
  const tolerance = 1e-6
  return a > 0 && d > 0 && Math.abs(b) < tolerance && Math.abs(c) < tolerance
}

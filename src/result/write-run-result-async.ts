import type { UiToMainMessage } from '../contract/messages'
import { findContentProblem } from '../selection/find-content-problem'
import { findSceneNodeAsync } from '../selection/find-scene-node-async'
import type { Run } from '../session/create-session'
import { SENTENCES } from '../utilities/sentences'
import { checkResultImage } from './check-result-image'
import { chooseResultPlacement } from './choose-result-placement'
import { createResultImage } from './create-result-image'
import { describePlacementSubject } from './describe-placement-subject'
import { keepsAspectRatio } from './keeps-aspect-ratio'
import { writeResult } from './write-result'

type WriteResultMessage = Extract<UiToMainMessage, { type: 'WRITE_RESULT' }>

export interface WrittenResult {
  contentName: string
  layerName: string
}

/**
 * Checks everything that could refuse the result, then writes it as one
 * undo step. Returns a sentence, with the document unchanged, if refused.
 */
export async function writeRunResultAsync(
  run: Run,
  { png, width, height }: WriteResultMessage
): Promise<WrittenResult | string> {
  const imageProblem = checkResultImage(png, width, height)
  if (imageProblem !== null) return imageProblem
  const content = await findSceneNodeAsync(run.contentId)
  if (content === null) return SENTENCES.contentDeletedDuringRun
  const contentProblem = findContentProblem(content)
  if (contentProblem !== null) return contentProblem
  if (!keepsAspectRatio(content, width, height)) {
    return SENTENCES.contentChangedShape(content.name)
  }
  const image = createResultImage(png)
  if (typeof image === 'string') return image

  const placement = chooseResultPlacement(describePlacementSubject(content))
  // Closes the undo step of anything before, so one undo removes exactly
  // the result.
  figma.commitUndo()
  const layerName = writeResult(content, placement, image, run.styleName)
  figma.commitUndo()
  return { contentName: content.name, layerName }
}

import type { UiToMainMessage } from '../contract/messages'
import { findContentProblem } from '../selection/find-content-problem'
import { findPage } from '../selection/find-page'
import { findSceneNodeAsync } from '../selection/find-scene-node-async'
import type { Run, Session } from '../session/create-session'
import { SENTENCES } from '../utilities/sentences'
import { checkResultImage } from './check-result-image'
import { chooseResultPlacement } from './choose-result-placement'
import { createResultImage } from './create-result-image'
import { describePlacementSubject } from './describe-placement-subject'
import { keepsAspectRatio } from './keeps-aspect-ratio'
import { listResultStyleNames } from './list-result-style-names'
import { markResultLayer } from './mark-result-layer'
import { recordMatchesRun } from './record-matches-run'
import { writeResult } from './write-result'

type WriteResultMessage = Extract<UiToMainMessage, { type: 'WRITE_RESULT' }>

export interface WrittenResult {
  contentName: string
  layerName: string
  styleNames: string[]
}

/**
 * Checks everything that could refuse the result, then writes it as one
 * undo step. Returns a sentence, with the document unchanged, if refused;
 * null if the plugin was closed meanwhile, when nothing may be written.
 */
export async function writeRunResultAsync(
  session: Session,
  run: Run,
  message: WriteResultMessage
): Promise<WrittenResult | string | null> {
  const problem = checkMessage(run, message)
  if (problem !== null) return problem
  const content = await findSceneNodeAsync(run.contentId)
  if (session.closed) return null
  if (content === null) return SENTENCES.contentDeletedDuringRun
  const contentProblem = findContentProblemNow(run, content, message)
  if (contentProblem !== null) return contentProblem
  const image = createResultImage(message.png)
  if (typeof image === 'string') return image

  const placement = chooseResultPlacement(describePlacementSubject(content))
  const styleNames = listResultStyleNames(run, message.record)
  // Closes the undo step of anything before, so one undo removes exactly
  // the result.
  figma.commitUndo()
  const layer = writeResult(content, placement, image, styleNames)
  markResultLayer(layer, message.record)
  figma.commitUndo()
  return { contentName: content.name, layerName: layer.name, styleNames }
}

/** Why the message itself cannot be written, whatever the document. */
function checkMessage(run: Run, message: WriteResultMessage): string | null {
  const { png, width, height, record } = message
  const imageProblem = checkResultImage(png, width, height)
  if (imageProblem !== null) return imageProblem
  const { output } = run
  if (width !== output.width || height !== output.height) {
    return SENTENCES.resultWrongSize(output.width, output.height)
  }
  return recordMatchesRun(record, run) ? null : SENTENCES.recordMismatch
}

/** Why the content, as it is now, cannot take this result. */
function findContentProblemNow(
  run: Run,
  content: SceneNode,
  { width, height }: WriteResultMessage
): string | null {
  if (findPage(content).id !== run.pageId) {
    return SENTENCES.contentMovedPage(content.name)
  }
  const problem = findContentProblem(content)
  if (problem !== null) return problem
  return keepsAspectRatio(content, width, height)
    ? null
    : SENTENCES.contentChangedShape(content.name)
}

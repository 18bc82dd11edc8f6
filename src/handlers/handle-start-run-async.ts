import { MAX_IMAGE_SIDE, type UiToMainMessage } from '../contract/messages'
import { computeOutputSize } from '../export/compute-output-size'
import { exportRunImagesAsync } from '../export/export-run-images-async'
import { findLayersProblem } from '../selection/find-layers-problem'
import { findPage } from '../selection/find-page'
import { listContentIds } from '../selection/list-content-ids'
import { resolveLayersAsync } from '../selection/resolve-layers-async'
import type { Run, Session } from '../session/create-session'
import { forgetGoneStyles } from '../session/forget-gone-styles'
import { describeError } from '../utilities/describe-error'
import { postToUi } from '../utilities/post-to-ui'
import { refuseRun } from '../utilities/refuse-run'
import { SENTENCES } from '../utilities/sentences'
import { sendLayersAsync } from './send-layers-async'

type StartRunMessage = Extract<UiToMainMessage, { type: 'START_RUN' }>

/**
 * Exports one content of the batch and the style layers for a run. The
 * layers are looked up again by id, since any may have changed or been
 * deleted since the UI saw them.
 */
export async function handleStartRunAsync(
  session: Session,
  { runId, contentId, size, resolution }: StartRunMessage
): Promise<void> {
  session.run = null
  session.startingRunId = runId
  if (size > MAX_IMAGE_SIDE) return refuseRun(runId, SENTENCES.sizeTooLarge)
  const contentIds = listContentIds(session)
  if (!contentIds.includes(contentId)) {
    return refuseRun(runId, SENTENCES.notInBatch)
  }
  const layers = await resolveLayersAsync(session)
  // A newer START_RUN arrived while the layers were looked up.
  if (session.startingRunId !== runId || session.closed) return
  const content = layers.contents.find((node) => node.id === contentId)
  // Only this content counts: the rest of a batch has runs of its own.
  const problem = findLayersProblem(contentIds.length, {
    ...layers,
    contents: content === undefined ? [] : [content],
    contentGone: content === undefined
  })
  if (problem !== null || content === undefined) {
    refuseRun(runId, problem ?? SENTENCES.contentDeleted)
    // The UI learns which styles are left before the designer tries again.
    if (layers.goneStyles.length > 0) {
      forgetGoneStyles(session, layers)
      await sendLayersAsync(session)
    }
    return
  }
  const output = computeOutputSize(content, resolution)
  const run: Run = {
    runId,
    contentId,
    pageId: findPage(content).id,
    styles: layers.styles.map((node) => ({ id: node.id, name: node.name })),
    output
  }
  session.run = run
  await exportAndSendAsync(session, run, content, layers.styles, size)
}

async function exportAndSendAsync(
  session: Session,
  run: Run,
  content: SceneNode,
  styles: SceneNode[],
  size: number
): Promise<void> {
  const { runId, output } = run
  const longSide = Math.min(size, Math.max(output.width, output.height))
  let images
  try {
    images = await exportRunImagesAsync(content, styles, longSide)
  } catch (error) {
    images = SENTENCES.exportFailed(content.name, describeError(error))
  }
  // A newer START_RUN superseded this one while it exported, or the
  // plugin was closed.
  if (session.run?.runId !== runId) return
  if (typeof images === 'string') {
    session.run = null
    return refuseRun(runId, images)
  }
  postToUi({ type: 'RUN_IMAGES', runId, ...images, output })
}

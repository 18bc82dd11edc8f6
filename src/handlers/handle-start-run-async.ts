import { MAX_IMAGE_SIDE } from '../contract/messages'
import { exportRunImagesAsync } from '../export/export-run-images-async'
import { resolveLayersAsync } from '../selection/resolve-layers-async'
import type { Session } from '../session/create-session'
import { describeError } from '../utilities/describe-error'
import { postToUi } from '../utilities/post-to-ui'
import { refuseRun } from '../utilities/refuse-run'
import { SENTENCES } from '../utilities/sentences'

/**
 * Exports content and style for a run. The layers are looked up again by
 * id, since either may have changed or been deleted since the UI saw them.
 */
export async function handleStartRunAsync(
  session: Session,
  runId: string,
  size: number
): Promise<void> {
  session.run = null
  if (size > MAX_IMAGE_SIDE) return refuseRun(runId, SENTENCES.sizeTooLarge)
  const { content, style, problem } = await resolveLayersAsync(session)
  if (problem !== null) return refuseRun(runId, problem)
  if (content === null || style === null) {
    throw new Error('handleStartRunAsync: layers missing without a problem')
  }
  session.run = { runId, contentId: content.id, styleName: style.name }

  let images
  try {
    images = await exportRunImagesAsync(content, style, size)
  } catch (error) {
    images = SENTENCES.exportFailed(content.name, describeError(error))
  }
  // A newer START_RUN superseded this one while it exported.
  if (session.run?.runId !== runId) return
  if (typeof images === 'string') {
    session.run = null
    return refuseRun(runId, images)
  }
  postToUi({ type: 'RUN_IMAGES', runId, ...images })
}

import type { UiToMainMessage } from '../contract/messages'
import { writeRunResultAsync } from '../result/write-run-result-async'
import type { Session } from '../session/create-session'
import { describeError } from '../utilities/describe-error'
import { notifyUser } from '../utilities/notify-user'
import { postToUi } from '../utilities/post-to-ui'
import { refuseRun } from '../utilities/refuse-run'
import { SENTENCES } from '../utilities/sentences'
import { sendLayersAsync } from './send-layers-async'

type WriteResultMessage = Extract<UiToMainMessage, { type: 'WRITE_RESULT' }>

/**
 * Writes the current run's result into the document. Each content of a
 * batch comes as a run of its own, so each result is its own undo step.
 */
export async function handleWriteResultAsync(
  session: Session,
  message: WriteResultMessage
): Promise<void> {
  const { runId } = message
  const run = session.run
  if (run === null || run.runId !== runId) {
    postToUi({ type: 'RUN_REFUSED', runId, message: SENTENCES.staleRun })
    return
  }
  session.run = null
  let written
  try {
    written = await writeRunResultAsync(session, run, message)
  } catch (error) {
    written = SENTENCES.writeFailed(describeError(error))
  }
  if (written === null) return
  if (typeof written === 'string') return refuseRun(runId, written)
  notifyUser(SENTENCES.written(written.contentName, written.styleNames))
  postToUi({ type: 'RUN_WRITTEN', runId, layerName: written.layerName })
  // The content's thumbnail now shows the result.
  await sendLayersAsync(session)
}

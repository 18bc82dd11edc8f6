import type { UiToMainMessage } from '../contract/messages'
import type { Session } from '../session/create-session'
import { notifyUser } from '../utilities/notify-user'

type RunEndedMessage = Extract<UiToMainMessage, { type: 'RUN_ENDED' }>

/**
 * The UI stopped a run without a result; nothing in the document changes.
 * The end of a run that is no longer current needs no word: the designer
 * has started another since.
 */
export function handleRunEnded(session: Session, message: RunEndedMessage) {
  if (session.run === null || session.run.runId !== message.runId) return
  session.run = null
  if (message.outcome === 'failed') {
    notifyUser(message.message, { error: true })
  }
}

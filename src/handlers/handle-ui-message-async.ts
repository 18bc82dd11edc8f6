import type { UiToMainMessage } from '../contract/messages'
import { MessageError, parseUiToMainMessage } from '../contract/parse-message'
import type { Session } from '../session/create-session'
import { reportProblem } from '../utilities/report-problem'
import { SENTENCES } from '../utilities/sentences'
import { handleAddStyleAsync } from './handle-add-style-async'
import { handlePinStyleAsync } from './handle-pin-style-async'
import { handleReadyAsync } from './handle-ready-async'
import { handleRemoveStyleAsync } from './handle-remove-style-async'
import { handleResizeWindow } from './handle-resize-window'
import { handleRunEnded } from './handle-run-ended'
import { handleSaveSettingsAsync } from './handle-save-settings-async'
import { handleStartRunAsync } from './handle-start-run-async'
import { handleSwapAsync } from './handle-swap-async'
import { handleWriteResultAsync } from './handle-write-result-async'

/** Checks a message from the UI against the contract, then acts on it. */
export async function handleUiMessageAsync(
  session: Session,
  value: unknown
): Promise<void> {
  if (session.closed) return
  let message: UiToMainMessage
  try {
    message = parseUiToMainMessage(value)
  } catch (error) {
    if (!(error instanceof MessageError)) throw error
    reportProblem(SENTENCES.malformedMessage(error.message))
    return
  }
  switch (message.type) {
    case 'READY':
      return handleReadyAsync(session)
    case 'PIN_STYLE_FROM_SELECTION':
      return handlePinStyleAsync(session)
    case 'ADD_STYLE':
      return handleAddStyleAsync(session, message.layerId)
    case 'REMOVE_STYLE':
      return handleRemoveStyleAsync(session, message.layerId)
    case 'SWAP':
      return handleSwapAsync(session)
    case 'START_RUN':
      return handleStartRunAsync(session, message)
    case 'WRITE_RESULT':
      return handleWriteResultAsync(session, message)
    case 'RUN_ENDED':
      return handleRunEnded(session, message)
    case 'SAVE_SETTINGS':
      return handleSaveSettingsAsync(message.settings)
    case 'RESIZE_WINDOW':
      return handleResizeWindow(message.width, message.height)
  }
}

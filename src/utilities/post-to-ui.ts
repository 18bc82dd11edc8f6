import type { MainToUiMessage } from '../contract/messages'

/** Sends a message of the contract to the UI iframe. */
export function postToUi(message: MainToUiMessage): void {
  figma.ui.postMessage(message)
}

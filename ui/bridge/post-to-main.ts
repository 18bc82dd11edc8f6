import type { UiToMainMessage } from '../../src/contract/messages'

/** Sends a message to the sandbox, the way Figma relays it from the UI. */
export function postToMain(message: UiToMainMessage): void {
  parent.postMessage({ pluginMessage: message }, '*')
}

import type { MainToUiMessage } from '../../src/contract/messages'
import {
  MessageError,
  parseMainToUiMessage
} from '../../src/contract/parse-message'

/**
 * Calls `onMessage` with each checked message from the sandbox, or `onError`
 * with the reason a message broke the contract. Returns the unsubscriber.
 */
export function listenToMain(
  onMessage: (message: MainToUiMessage) => void,
  onError: (error: MessageError) => void
): () => void {
  function handleWindowMessage(event: MessageEvent): void {
    const data: unknown = event.data
    // Only Figma's relay wraps messages in pluginMessage; devtools and
    // extensions post other shapes, which are not for the plugin.
    if (
      typeof data !== 'object' ||
      data === null ||
      !('pluginMessage' in data)
    ) {
      return
    }
    let message: MainToUiMessage
    try {
      message = parseMainToUiMessage(data.pluginMessage)
    } catch (error) {
      if (error instanceof MessageError) return onError(error)
      throw error
    }
    onMessage(message)
  }
  window.addEventListener('message', handleWindowMessage)
  return () => window.removeEventListener('message', handleWindowMessage)
}

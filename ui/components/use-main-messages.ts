import { useEffect, useRef } from 'preact/hooks'

import type { MainToUiMessage } from '../../src/contract/messages'
import type { MessageError } from '../../src/contract/parse-message'
import { listenToMain } from '../bridge/listen-to-main'
import { postToMain } from '../bridge/post-to-main'

/**
 * Listens to the sandbox for the window's lifetime and posts READY once.
 * The handlers may change every render; the latest ones are called.
 */
export function useMainMessages(
  onMessage: (message: MainToUiMessage) => void,
  onError: (error: MessageError) => void
): void {
  const handlers = useRef({ onMessage, onError })
  handlers.current = { onMessage, onError }
  useEffect(() => {
    const stopListening = listenToMain(
      (message) => handlers.current.onMessage(message),
      (error) => handlers.current.onError(error)
    )
    postToMain({ type: 'READY' })
    return stopListening
  }, [])
}

import { useCallback, useEffect, useRef } from 'preact/hooks'

import { postToMain } from '../bridge/post-to-main'
import type { FormValues } from '../utilities/form-values'
import { toSavedSettings } from '../utilities/to-saved-settings'
import { FORM_DEFAULTS } from '../utilities/form-values'

/** Typing settles before a save, so each keystroke is not a message. */
const SAVE_AFTER_MS = 500

function serialise(values: FormValues): string {
  return JSON.stringify(toSavedSettings(values))
}

/**
 * Sends SAVE_SETTINGS once the valid form has stayed the same for half a
 * second. `markSaved` records values that need no saving (the defaults,
 * or what just came back from storage).
 */
export function useSaveSettings(values: FormValues | null) {
  const saved = useRef(serialise(FORM_DEFAULTS))
  const markSaved = useCallback((next: FormValues) => {
    saved.current = serialise(next)
  }, [])
  useEffect(() => {
    if (values === null) return
    const json = serialise(values)
    if (json === saved.current) return
    const timer = setTimeout(() => {
      saved.current = json
      postToMain({ type: 'SAVE_SETTINGS', settings: toSavedSettings(values) })
    }, SAVE_AFTER_MS)
    return () => clearTimeout(timer)
  }, [values])
  return { markSaved }
}

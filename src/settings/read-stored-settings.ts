import { SETTINGS_VERSION } from '../constants'
import { parseSettings } from '../contract/parse-settings'
import { MessageError } from '../contract/read-fields'

/**
 * The settings inside what clientStorage held, or null if it holds none or
 * anything of another shape (an older version, a hand-edited value). They
 * are checked as SAVE_SETTINGS checks them, since that is how they went in.
 */
export function readStoredSettings(
  value: unknown
): Record<string, unknown> | null {
  if (typeof value !== 'object' || value === null) return null
  const { version, settings } = value as Record<string, unknown>
  if (version !== SETTINGS_VERSION) return null
  try {
    return parseSettings(settings)
  } catch (error) {
    if (error instanceof MessageError) return null
    throw error
  }
}

import { SETTINGS_KEY } from '../constants'
import { describeError } from '../utilities/describe-error'
import { SENTENCES } from '../utilities/sentences'
import { readStoredSettings } from './read-stored-settings'

export interface LoadedSettings {
  stored: Record<string, unknown> | null
  /** Why they could not be read, or null. */
  problem: string | null
}

/** Reads the remembered settings; a storage failure is a sentence. */
export async function loadSettingsAsync(): Promise<LoadedSettings> {
  let value: unknown
  try {
    value = await figma.clientStorage.getAsync(SETTINGS_KEY)
  } catch (error) {
    const problem = SENTENCES.settingsNotRead(describeError(error))
    return { stored: null, problem }
  }
  return { stored: readStoredSettings(value), problem: null }
}

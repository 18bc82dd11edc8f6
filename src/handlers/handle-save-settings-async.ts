import { SETTINGS_KEY, SETTINGS_VERSION } from '../constants'
import { describeError } from '../utilities/describe-error'
import { reportProblem } from '../utilities/report-problem'
import { SENTENCES } from '../utilities/sentences'

/** Remembers the settings for the next launch, on this machine. */
export async function handleSaveSettingsAsync(
  settings: Record<string, unknown>
): Promise<void> {
  try {
    await figma.clientStorage.setAsync(SETTINGS_KEY, {
      version: SETTINGS_VERSION,
      settings
    })
  } catch (error) {
    reportProblem(SENTENCES.settingsNotSaved(describeError(error)))
  }
}

import { SETTING_RANGES, type NumericSetting } from '../engine/constants'
import type { StylizeSettings } from '../engine/types'
import type { SettingsTexts } from './read-settings-texts'

/** The text each settings field starts with. */
export function formatSettingsTexts(settings: StylizeSettings): SettingsTexts {
  const fields = Object.keys(SETTING_RANGES) as NumericSetting[]
  return Object.fromEntries(
    fields.map((field) => [field, String(settings[field])])
  ) as SettingsTexts
}

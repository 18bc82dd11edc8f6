import { SETTING_RANGES, type NumericSetting } from '../engine/constants'
import { SettingsError } from '../engine/errors'
import type { StylizeSettings } from '../engine/types'
import { validateSettings } from '../engine/validate-settings'

export type SettingsTexts = Record<NumericSetting, string>

export interface SettingsReading {
  /** The validated settings, or null while any field is wrong. */
  settings: StylizeSettings | null
  /** A sentence per wrong field. */
  errors: Partial<Record<NumericSetting, string>>
}

function readNumber(field: NumericSetting, text: string): number {
  if (text.trim() === '') {
    const { min, max } = SETTING_RANGES[field]
    throw new SettingsError(`${field} needs a value from ${min} to ${max}.`)
  }
  const value = Number(text)
  // Only this field is set, so an error is about this field.
  validateSettings({ [field]: value })
  return value
}

/**
 * Validates what the designer typed, field by field; the settings without
 * a textbox (colours, optimizer…) come from `base`.
 */
export function readSettingsTexts(
  texts: SettingsTexts,
  base?: StylizeSettings
): SettingsReading {
  const values: Partial<StylizeSettings> = {}
  const errors: SettingsReading['errors'] = {}
  for (const field of Object.keys(SETTING_RANGES) as NumericSetting[]) {
    try {
      values[field] = readNumber(field, texts[field])
    } catch (error) {
      if (!(error instanceof SettingsError)) throw error
      errors[field] = error.message
    }
  }
  const valid = Object.keys(errors).length === 0
  return {
    settings: valid ? validateSettings({ ...base, ...values }) : null,
    errors
  }
}

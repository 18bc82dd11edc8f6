import { SettingsError } from '../engine/errors'
import type { StylizeSettings } from '../engine/types'
import { validateSettings } from '../engine/validate-settings'
import type { FormValues } from './form-values'
import { RESOLUTIONS } from './form-values'
import { QUALITY_PRESETS } from './quality-presets'

function has(stored: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(stored, key)
}

/** `settings` with `key` set to `value`, or as it was if that is invalid. */
function trySetting(
  settings: StylizeSettings,
  key: string,
  value: unknown
): StylizeSettings {
  try {
    return validateSettings({ ...settings, [key]: value })
  } catch (error) {
    if (error instanceof SettingsError) return settings
    throw error
  }
}

/**
 * Merges stored values over `base` field by field, keeping only those that
 * pass validation, so settings saved by an older version (or damaged) never
 * break the form. A saved preset applies first; saved sizes and steps win.
 */
export function mergeStoredSettings(
  stored: Record<string, unknown>,
  base: FormValues
): FormValues {
  let settings = base.settings
  const preset = QUALITY_PRESETS.find((p) => p.id === stored.preset)
  if (preset !== undefined) {
    settings = { ...settings, size: preset.size, steps: preset.steps }
  }
  for (const key of Object.keys(settings)) {
    if (has(stored, key)) settings = trySetting(settings, key, stored[key])
  }
  const resolution = RESOLUTIONS.includes(stored.resolution as number)
    ? (stored.resolution as number)
    : base.resolution
  return { settings, resolution }
}

import {
  DEFAULT_LEARNING_RATES,
  DEFAULT_SETTINGS,
  SETTING_RANGES,
  type NumericSetting
} from './constants'
import { SettingsError } from './errors'
import { OPTIMIZERS, type StylizeSettings } from './types'

function checkNumber(field: NumericSetting, value: unknown): number {
  const { min, max, integer } = SETTING_RANGES[field]
  const kind = integer ? 'a whole number' : 'a number'
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= min &&
    value <= max &&
    (!integer || Number.isInteger(value))
  if (!ok) {
    throw new SettingsError(
      `${field} must be ${kind} from ${min} to ${max} (got ${String(value)}).`
    )
  }
  return value as number
}

/** Fills defaults and rejects a bad value, naming the field and its range. */
export function validateSettings(
  partial: Partial<StylizeSettings> = {}
): StylizeSettings {
  // A learning rate left out is the chosen optimiser's own.
  const learningRate =
    DEFAULT_LEARNING_RATES[partial.optimizer ?? DEFAULT_SETTINGS.optimizer]
  const merged = { ...DEFAULT_SETTINGS, learningRate, ...partial }
  if (merged.pooling !== 'max' && merged.pooling !== 'avg') {
    throw new SettingsError(
      `pooling must be "max" or "avg" (got ${String(merged.pooling)}).`
    )
  }
  for (const field of ['coarseToFine', 'paletteStart'] as const) {
    if (typeof merged[field] !== 'boolean') {
      throw new SettingsError(
        `${field} must be true or false (got ${String(merged[field])}).`
      )
    }
  }
  if (!OPTIMIZERS.includes(merged.optimizer)) {
    const names = OPTIMIZERS.map((name) => `"${name}"`)
    throw new SettingsError(
      `optimizer must be ${names.slice(0, -1).join(', ')} or ${names.at(-1)} ` +
        `(got ${String(merged.optimizer)}).`
    )
  }
  if (!['off', 'luminance', 'histogram'].includes(merged.preserveColors)) {
    throw new SettingsError(
      'preserveColors must be "off", "luminance" or "histogram" ' +
        `(got ${String(merged.preserveColors)}).`
    )
  }
  const fields = Object.keys(SETTING_RANGES) as NumericSetting[]
  for (const field of fields) checkNumber(field, merged[field])
  return merged
}

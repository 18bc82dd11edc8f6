import { FORM_DEFAULTS, type FormValues } from './form-values'
import { findPreset } from './quality-presets'

/**
 * The flat object SAVE_SETTINGS carries: the settings that differ from the
 * defaults, the preset and the resolution. What the designer never changed
 * is left out, so that a later version's defaults reach them; a named
 * preset stands for its size and steps, so those follow the preset too.
 */
export function toSavedSettings(values: FormValues): Record<string, unknown> {
  const { size, steps } = values.settings
  const preset = findPreset(size, steps)
  const defaults = FORM_DEFAULTS.settings
  const changed = Object.entries(values.settings).filter(
    ([key, value]) =>
      value !== defaults[key as keyof typeof defaults] &&
      !(preset && (key === 'size' || key === 'steps'))
  )
  return {
    ...Object.fromEntries(changed),
    preset: preset?.id ?? 'custom',
    resolution: values.resolution
  }
}

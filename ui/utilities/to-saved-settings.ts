import type { FormValues } from './form-values'
import { findPreset } from './quality-presets'

/** The flat object SAVE_SETTINGS carries: settings, preset and resolution. */
export function toSavedSettings(values: FormValues): Record<string, unknown> {
  const { size, steps } = values.settings
  return {
    ...values.settings,
    preset: findPreset(size, steps)?.id ?? 'custom',
    resolution: values.resolution
  }
}

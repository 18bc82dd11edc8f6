import { DEFAULT_SETTINGS } from '../engine/constants'
import type { StylizeSettings } from '../engine/types'
import { DEFAULT_PRESET } from './quality-presets'

/** Everything the settings form sets: the engine's settings and the output. */
export interface FormValues {
  settings: StylizeSettings
  /** Output pixels per content pixel. */
  resolution: number
}

/** The output resolutions offered; the contract allows 1 to 2. */
export const RESOLUTIONS = [1, 1.5, 2]

export const FORM_DEFAULTS: FormValues = {
  settings: {
    ...DEFAULT_SETTINGS,
    size: DEFAULT_PRESET.size,
    steps: DEFAULT_PRESET.steps
  },
  resolution: 1
}

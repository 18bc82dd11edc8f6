import { useCallback, useMemo, useState } from 'preact/hooks'

import {
  DEFAULT_LEARNING_RATES,
  type NumericSetting
} from '../engine/constants'
import type { Optimizer, StylizeSettings } from '../engine/types'
import { drawSeed } from '../utilities/draw-seed'
import { formatSettingsTexts } from '../utilities/format-settings-texts'
import { FORM_DEFAULTS, type FormValues } from '../utilities/form-values'
import { findPreset, type QualityPreset } from '../utilities/quality-presets'
import {
  readSettingsTexts,
  type SettingsReading,
  type SettingsTexts
} from '../utilities/read-settings-texts'

/** The settings chosen from a list rather than typed. */
export type ChoiceSetting = 'preserveColors' | 'optimizer'

export interface SettingsForm extends SettingsReading {
  texts: SettingsTexts
  /** Settings without a textbox, as last chosen. */
  choices: StylizeSettings
  resolution: number
  /** The form as a whole, or null while a field is wrong. */
  values: FormValues | null
  /** The preset matching size and steps, or null when they are custom. */
  preset: QualityPreset | null
  handleInput: (field: NumericSetting, text: string) => void
  setChoice: <K extends ChoiceSetting>(key: K, v: StylizeSettings[K]) => void
  setResolution: (resolution: number) => void
  applyPreset: (preset: QualityPreset) => void
  varySeed: () => void
  /** Replaces every field, as remembered settings arrive. */
  applyValues: (values: FormValues) => void
}

/** The settings fields as typed, starting from the defaults. */
export function useSettingsForm(): SettingsForm {
  const [texts, setTexts] = useState(() =>
    formatSettingsTexts(FORM_DEFAULTS.settings)
  )
  const [choices, setChoices] = useState(FORM_DEFAULTS.settings)
  const [resolution, setResolution] = useState(FORM_DEFAULTS.resolution)
  const reading = useMemo(
    () => readSettingsTexts(texts, choices),
    [texts, choices]
  )
  const values = useMemo(
    () =>
      reading.settings === null
        ? null
        : { settings: reading.settings, resolution },
    [reading, resolution]
  )

  const handleInput = useCallback((field: NumericSetting, text: string) => {
    setTexts((previous) => ({ ...previous, [field]: text }))
  }, [])
  const setChoice = useCallback(
    <K extends ChoiceSetting>(key: K, value: StylizeSettings[K]) => {
      // A learning rate left at one optimiser's default follows the
      // switch to the next one's; a rate the designer typed stays.
      if (key === 'optimizer') {
        const from = String(DEFAULT_LEARNING_RATES[choices.optimizer])
        const to = String(DEFAULT_LEARNING_RATES[value as Optimizer])
        setTexts((t) =>
          t.learningRate.trim() === from ? { ...t, learningRate: to } : t
        )
      }
      setChoices((previous) => ({ ...previous, [key]: value }))
    },
    [choices.optimizer]
  )
  const applyPreset = useCallback(({ size, steps }: QualityPreset) => {
    setTexts((t) => ({ ...t, size: String(size), steps: String(steps) }))
  }, [])
  const varySeed = useCallback(() => {
    setTexts((t) => ({ ...t, seed: String(drawSeed(Number(t.seed))) }))
  }, [])
  const applyValues = useCallback((next: FormValues) => {
    setTexts(formatSettingsTexts(next.settings))
    setChoices(next.settings)
    setResolution(next.resolution)
  }, [])

  return {
    ...reading,
    texts,
    choices,
    resolution,
    values,
    preset: findPreset(Number(texts.size), Number(texts.steps)),
    handleInput,
    setChoice,
    setResolution,
    applyPreset,
    varySeed,
    applyValues
  }
}

import { useCallback, useMemo, useState } from 'preact/hooks'

import { DEFAULT_SETTINGS, type NumericSetting } from '../engine/constants'
import { formatSettingsTexts } from '../utilities/format-settings-texts'
import {
  readSettingsTexts,
  type SettingsReading,
  type SettingsTexts
} from '../utilities/read-settings-texts'

export interface SettingsForm extends SettingsReading {
  texts: SettingsTexts
  handleInput: (field: NumericSetting, text: string) => void
}

/** The settings fields as typed, starting from the defaults. */
export function useSettingsForm(): SettingsForm {
  const [texts, setTexts] = useState(() =>
    formatSettingsTexts(DEFAULT_SETTINGS)
  )
  const reading = useMemo(() => readSettingsTexts(texts), [texts])
  const handleInput = useCallback((field: NumericSetting, text: string) => {
    setTexts((previous) => ({ ...previous, [field]: text }))
  }, [])
  return { ...reading, texts, handleInput }
}

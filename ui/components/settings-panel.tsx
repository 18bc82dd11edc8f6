import { Disclosure } from '@create-figma-plugin/ui'
import { useState } from 'preact/hooks'

import type { NumericSetting } from '../engine/constants'
import { SettingField } from './setting-field'
import type { SettingsForm } from './use-settings-form'

const MAIN_FIELDS: [NumericSetting, string][] = [
  ['size', 'Output size (long side, px)'],
  ['steps', 'Steps'],
  ['styleStrength', 'Style strength']
]

const ADVANCED_FIELDS: [NumericSetting, string][] = [
  ['contentWeight', 'Content weight'],
  ['smoothness', 'Smoothness'],
  ['seed', 'Seed']
]

export interface SettingsPanelProps {
  form: SettingsForm
  disabled: boolean
}

/** The run's settings, the rarely changed ones behind "Advanced". */
export function SettingsPanel({ form, disabled }: SettingsPanelProps) {
  const advancedWrong = ADVANCED_FIELDS.some(([f]) => f in form.errors)
  const [open, setOpen] = useState(false)
  function handleAdvancedClick(): void {
    setOpen(!open)
  }
  function renderField([field, label]: [NumericSetting, string]) {
    return (
      <SettingField
        key={field}
        field={field}
        label={label}
        text={form.texts[field]}
        error={form.errors[field]}
        disabled={disabled}
        onInput={form.handleInput}
      />
    )
  }
  return (
    <div>
      {MAIN_FIELDS.map(renderField)}
      <Disclosure
        title="Advanced"
        open={open || advancedWrong}
        onClick={handleAdvancedClick}
      >
        {ADVANCED_FIELDS.map(renderField)}
      </Disclosure>
    </div>
  )
}

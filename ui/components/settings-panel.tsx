import { Button, Disclosure } from '@create-figma-plugin/ui'
import { useState } from 'preact/hooks'

import type { NumericSetting } from '../engine/constants'
import {
  OPTIMIZERS,
  type Optimizer,
  type PreserveColors
} from '../engine/types'
import { RESOLUTIONS } from '../utilities/form-values'
import { QUALITY_PRESETS } from '../utilities/quality-presets'
import { ChoiceField } from './choice-field'
import { OutputSizeLine } from './output-size-line'
import { SettingField } from './setting-field'
import { CHOICE_HINTS, SETTING_TEXTS } from './setting-hints'
import type { SettingsForm } from './use-settings-form'

const ADVANCED_FIELDS: NumericSetting[] = [
  'size',
  'steps',
  'contentWeight',
  'learningRate',
  'noise'
]

const COLOR_OPTIONS: { value: PreserveColors; label: string }[] = [
  { value: 'off', label: 'Style colours' },
  { value: 'luminance', label: 'Keep content colours' },
  { value: 'histogram', label: 'Match style colours' }
]

const OPTIMIZER_LABELS: Record<Optimizer, string> = {
  pyramid: 'Adam on a pyramid',
  adam: 'Adam',
  lbfgs: 'L-BFGS'
}
const OPTIMIZER_OPTIONS = OPTIMIZERS.map((value) => ({
  value,
  label: OPTIMIZER_LABELS[value]
}))

export interface SettingsPanelProps {
  form: SettingsForm
  /** The first content's size, for the output size line. */
  content: { width: number; height: number } | null
  disabled: boolean
}

/** The run's settings, the raw values behind "Advanced". */
export function SettingsPanel({ form, content, disabled }: SettingsPanelProps) {
  const advancedWrong = ADVANCED_FIELDS.some((f) => f in form.errors)
  const [open, setOpen] = useState(false)
  function renderField(field: NumericSetting, slider = false) {
    const [label, hint] = SETTING_TEXTS[field]
    return (
      <SettingField
        key={field}
        field={field}
        label={label}
        hint={hint}
        text={form.texts[field]}
        error={form.errors[field]}
        disabled={disabled}
        slider={slider}
        onInput={form.handleInput}
      />
    )
  }
  function handlePreset(id: string): void {
    const preset = QUALITY_PRESETS.find((p) => p.id === id)
    if (preset !== undefined) form.applyPreset(preset)
  }
  return (
    <div>
      <ChoiceField
        label="Quality"
        hint={CHOICE_HINTS.quality}
        value={form.preset?.id ?? null}
        options={QUALITY_PRESETS.map((p) => ({ value: p.id, label: p.label }))}
        disabled={disabled}
        onChange={handlePreset}
      />
      {renderField('styleStrength', true)}
      <ChoiceField
        label="Colours"
        hint={CHOICE_HINTS.colours}
        value={form.choices.preserveColors}
        options={COLOR_OPTIONS}
        disabled={disabled}
        stacked
        onChange={(value) => form.setChoice('preserveColors', value)}
      />
      {renderField('styleScale')}
      {renderField('smoothness')}
      <SettingField
        field="seed"
        label={SETTING_TEXTS.seed[0]}
        hint={SETTING_TEXTS.seed[1]}
        text={form.texts.seed}
        error={form.errors.seed}
        disabled={disabled}
        onInput={form.handleInput}
      >
        <Button
          secondary
          disabled={disabled}
          onClick={form.varySeed}
          title="Draw a new seed, for another take on the same settings."
        >
          Vary
        </Button>
      </SettingField>
      <ChoiceField
        label="Output resolution"
        hint={CHOICE_HINTS.resolution}
        value={form.resolution}
        options={RESOLUTIONS.map((r) => ({ value: r, label: `${r}x` }))}
        disabled={disabled}
        onChange={form.setResolution}
      />
      <OutputSizeLine content={content} resolution={form.resolution} />
      <Disclosure
        title="Advanced"
        open={open || advancedWrong}
        onClick={() => setOpen(!open)}
      >
        {ADVANCED_FIELDS.slice(0, 3).map((f) => renderField(f))}
        <ChoiceField
          label="Optimizer"
          hint={CHOICE_HINTS.optimizer}
          value={form.choices.optimizer}
          options={OPTIMIZER_OPTIONS}
          disabled={disabled}
          onChange={(value) => form.setChoice('optimizer', value)}
        />
        {ADVANCED_FIELDS.slice(3).map((f) => renderField(f))}
      </Disclosure>
    </div>
  )
}

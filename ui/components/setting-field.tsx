import { RangeSlider, TextboxNumeric } from '@create-figma-plugin/ui'
import type { ComponentChildren } from 'preact'

import { SETTING_RANGES, type NumericSetting } from '../engine/constants'
import styles from './setting-field.module.css'

export interface SettingFieldProps {
  field: NumericSetting
  label: string
  /** What the setting does, in plain words: the tooltip. */
  hint: string
  text: string
  error: string | undefined
  disabled: boolean
  /** Shows a slider under the textbox, for settings tried by feel. */
  slider?: boolean
  /** Controls that sit beside the textbox (the seed's Vary). */
  children?: ComponentChildren
  onInput: (field: NumericSetting, text: string) => void
}

/** One numeric setting: its label, its textbox and what is wrong with it. */
export function SettingField(props: SettingFieldProps) {
  const { field, label, hint, text, error, disabled, onInput } = props
  const { min, max, integer } = SETTING_RANGES[field]
  const inputId = `setting-${field}`
  const errorId = `${inputId}-error`
  function handleValueInput(value: string): void {
    onInput(field, value)
  }
  return (
    <div class={styles.field}>
      <div class={styles.row}>
        <label class={styles.label} for={inputId} title={hint}>
          {label}
        </label>
        {props.children}
        <div class={styles.input}>
          <TextboxNumeric
            id={inputId}
            value={text}
            integer={integer}
            disabled={disabled}
            onValueInput={handleValueInput}
            title={hint}
            aria-description={hint}
            aria-invalid={error === undefined ? undefined : 'true'}
            aria-describedby={error === undefined ? undefined : errorId}
          />
        </div>
      </div>
      {props.slider === true ? (
        <RangeSlider
          minimum={min}
          maximum={max}
          increment={integer ? 1 : (max - min) / 100}
          value={error === undefined ? text : String(min)}
          disabled={disabled}
          onValueInput={handleValueInput}
          aria-label={`${label} slider`}
          title={hint}
        />
      ) : null}
      {error === undefined ? null : (
        <div id={errorId} class={styles.error}>
          {error}
        </div>
      )}
    </div>
  )
}

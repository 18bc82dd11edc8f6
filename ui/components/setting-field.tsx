import { TextboxNumeric } from '@create-figma-plugin/ui'

import { SETTING_RANGES, type NumericSetting } from '../engine/constants'
import styles from './setting-field.module.css'

export interface SettingFieldProps {
  field: NumericSetting
  label: string
  text: string
  error: string | undefined
  disabled: boolean
  onInput: (field: NumericSetting, text: string) => void
}

/** One numeric setting: its label, its textbox and what is wrong with it. */
export function SettingField(props: SettingFieldProps) {
  const { field, label, text, error, disabled, onInput } = props
  const inputId = `setting-${field}`
  const errorId = `${inputId}-error`
  function handleValueInput(value: string): void {
    onInput(field, value)
  }
  return (
    <div class={styles.field}>
      <div class={styles.row}>
        <label class={styles.label} for={inputId}>
          {label}
        </label>
        <div class={styles.input}>
          <TextboxNumeric
            id={inputId}
            value={text}
            integer={SETTING_RANGES[field].integer}
            disabled={disabled}
            onValueInput={handleValueInput}
            aria-invalid={error === undefined ? undefined : 'true'}
            aria-describedby={error === undefined ? undefined : errorId}
          />
        </div>
      </div>
      {error === undefined ? null : (
        <div id={errorId} class={styles.error}>
          {error}
        </div>
      )}
    </div>
  )
}

import { RadioButtons, SegmentedControl } from '@create-figma-plugin/ui'

import styles from './setting-field.module.css'

export interface ChoiceFieldProps<V extends string | number> {
  label: string
  /** What the choice does, in plain words: the tooltip. */
  hint: string
  value: V | null
  options: { value: V; label: string }[]
  disabled: boolean
  /** Radio buttons, one a line, for options too long to sit side by side. */
  stacked?: boolean
  onChange: (value: V) => void
}

/** A setting picked from a few named options. */
export function ChoiceField<V extends string | number>(
  props: ChoiceFieldProps<V>
) {
  const { label, hint, value, options, disabled, onChange } = props
  // An empty value checks no option (custom size and steps, say).
  const text = value === null ? '' : String(value)
  const items = options.map((o) => ({
    value: String(o.value),
    children: o.label
  }))
  function handleValueChange(text: string): void {
    const option = options.find((o) => String(o.value) === text)
    if (option !== undefined) onChange(option.value)
  }
  return (
    <div
      class={styles.field}
      role="radiogroup"
      aria-label={label}
      aria-description={hint}
    >
      <div class={styles.label} title={hint}>
        {label}
      </div>
      <div class={styles.choices} title={hint}>
        {props.stacked === true ? (
          <RadioButtons
            value={text}
            options={items}
            disabled={disabled}
            onValueChange={handleValueChange}
          />
        ) : (
          <SegmentedControl
            value={text}
            options={items}
            disabled={disabled}
            onValueChange={handleValueChange}
          />
        )}
      </div>
    </div>
  )
}

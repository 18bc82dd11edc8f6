import {
  IconButton,
  IconClose16,
  RangeSlider,
  TextboxNumeric
} from '@create-figma-plugin/ui'

import type { ChosenStyle } from '../utilities/chosen-style'
import { useBlobUrl } from '../utilities/use-blob-url'
import styles from './style-row.module.css'

const WEIGHT_HINT =
  'This style’s share of the blend. Weights are relative: 100 and 50 ' +
  'paint two parts of the first to one of the second.'

export interface StyleRowProps {
  style: ChosenStyle
  /** The style's thumbnail image, or null for none. */
  thumbnail: Blob | null
  disabled: boolean
  onWeight: (key: string, weight: number) => void
  onRemove: (style: ChosenStyle) => void
}

/** One style of the blend: thumbnail, name, weight and a remove button. */
export function StyleRow(props: StyleRowProps) {
  const { style, thumbnail, disabled, onWeight, onRemove } = props
  const thumbnailUrl = useBlobUrl(thumbnail)
  const name = style.name || 'Unnamed layer'
  function handleWeight(value: number | null): void {
    if (value === null || !Number.isFinite(value)) return
    onWeight(style.key, Math.min(100, Math.max(0, Math.round(value))))
  }
  return (
    <li class={styles.row} data-style-key={style.key}>
      <span class={styles.thumbnail}>
        {thumbnailUrl === null ? null : (
          <img class={styles.image} src={thumbnailUrl} alt="" />
        )}
      </span>
      <div class={styles.main}>
        <div class={styles.name} title={name}>
          {name}
          {style.layerId === null ? (
            <span class={styles.kind}> · file</span>
          ) : null}
        </div>
        <RangeSlider
          minimum={0}
          maximum={100}
          value={String(style.weight)}
          disabled={disabled}
          onNumericValueInput={handleWeight}
          aria-label={`Weight of ${name} slider`}
          title={WEIGHT_HINT}
        />
      </div>
      <div class={styles.weight}>
        <TextboxNumeric
          value={String(style.weight)}
          integer
          minimum={0}
          maximum={100}
          disabled={disabled}
          onNumericValueInput={handleWeight}
          aria-label={`Weight of ${name}`}
          aria-description={WEIGHT_HINT}
          title={WEIGHT_HINT}
        />
      </div>
      <IconButton
        disabled={disabled}
        onClick={() => onRemove(style)}
        aria-label={`Remove ${name}`}
        title={`Remove ${name} from the styles`}
      >
        <IconClose16 />
      </IconButton>
    </li>
  )
}

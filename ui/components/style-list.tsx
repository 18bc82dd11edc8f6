import { useMemo } from 'preact/hooks'

import type { LayerSummary } from '../../src/contract/messages'
import type { ChosenStyle } from '../utilities/chosen-style'
import { createPngBlob } from '../utilities/create-png-blob'
import styles from './style-list.module.css'
import { StyleRow } from './style-row'
import type { FileStyle } from './use-style-choice'

export const NO_STYLE =
  'Choose a style: click an image layer below, use the selection, or add an image file.'

export interface StyleListProps {
  chosen: ChosenStyle[]
  layers: LayerSummary[]
  files: FileStyle[]
  disabled: boolean
  onWeight: (key: string, weight: number) => void
  onRemove: (style: ChosenStyle) => void
}

/** The styles of the blend, or the sentence saying how to add one. */
export function StyleList(props: StyleListProps) {
  const { chosen, layers, files } = props
  const thumbnails = useMemo(() => {
    const byKey = new Map<string, Blob>()
    for (const layer of layers) {
      if (layer.thumbnail !== null) {
        byKey.set(`layer:${layer.id}`, createPngBlob(layer.thumbnail))
      }
    }
    for (const file of files) byKey.set(file.key, file.file)
    return byKey
  }, [layers, files])
  if (chosen.length === 0) return <p class={styles.empty}>{NO_STYLE}</p>
  return (
    <ul class={styles.list} aria-label="Styles">
      {chosen.map((style) => (
        <StyleRow
          key={style.key}
          style={style}
          thumbnail={thumbnails.get(style.key) ?? null}
          disabled={props.disabled}
          onWeight={props.onWeight}
          onRemove={props.onRemove}
        />
      ))}
    </ul>
  )
}

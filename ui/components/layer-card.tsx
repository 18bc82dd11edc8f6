import type { LayerSummary } from '../../src/contract/messages'
import { LayerThumbnail } from './layer-thumbnail'
import styles from './layer-card.module.css'

export interface LayerCardProps {
  title: string
  layer: LayerSummary | null
  /** Shown in place of the name when there is no layer. */
  placeholder: string
  /** A line under the size, such as the other frames of a batch. */
  note?: string
}

/** The content or the style layer: title, thumbnail, name and size. */
export function LayerCard(props: LayerCardProps) {
  const { title, layer, placeholder, note } = props
  return (
    <section class={styles.card} aria-label={title}>
      <h2 class={styles.title}>{title}</h2>
      <div class={styles.thumbnail}>
        <LayerThumbnail layer={layer} />
      </div>
      <div class={styles.name} title={layer?.name}>
        {layer === null ? placeholder : layer.name || 'Unnamed layer'}
      </div>
      <div class={styles.size}>
        {layer === null
          ? '\u00a0'
          : `${Math.round(layer.width)} × ${Math.round(layer.height)}`}
      </div>
      {note === undefined ? null : <div class={styles.size}>{note}</div>}
    </section>
  )
}

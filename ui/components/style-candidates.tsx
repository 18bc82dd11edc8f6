import type { LayerSummary } from '../../src/contract/messages'
import { LayerThumbnail } from './layer-thumbnail'
import styles from './style-candidates.module.css'

export interface StyleCandidatesProps {
  layers: LayerSummary[]
  chosenIds: string[]
  disabled: boolean
  /** No more styles fit: only the chosen ones can be clicked (to remove). */
  full: boolean
  onToggle: (layerId: string, chosen: boolean) => void
}

/**
 * The image-filled layers of the page; clicking one adds it to the styles,
 * clicking a chosen one removes it.
 */
export function StyleCandidates(props: StyleCandidatesProps) {
  const { layers, chosenIds, disabled, full, onToggle } = props
  if (layers.length === 0) {
    return <p class={styles.empty}>No image-filled layers on this page.</p>
  }
  return (
    <ul class={styles.grid} aria-label="Image layers on this page">
      {layers.map((layer) => {
        const chosen = chosenIds.includes(layer.id)
        return (
          <StyleCandidate
            key={layer.id}
            layer={layer}
            chosen={chosen}
            disabled={disabled || (full && !chosen)}
            onToggle={onToggle}
          />
        )
      })}
    </ul>
  )
}

interface StyleCandidateProps {
  layer: LayerSummary
  chosen: boolean
  disabled: boolean
  onToggle: (layerId: string, chosen: boolean) => void
}

function StyleCandidate(props: StyleCandidateProps) {
  const { layer, chosen, disabled, onToggle } = props
  function handleClick(): void {
    onToggle(layer.id, chosen)
  }
  return (
    <li>
      <button
        class={styles.candidate}
        type="button"
        title={layer.name}
        aria-pressed={chosen}
        disabled={disabled}
        onClick={handleClick}
      >
        <span class={styles.thumbnail}>
          <LayerThumbnail layer={layer} />
        </span>
        <span class={styles.name}>{layer.name || 'Unnamed layer'}</span>
      </button>
    </li>
  )
}

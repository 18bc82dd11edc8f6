import type { LayerSummary } from '../../src/contract/messages'
import { LayerThumbnail } from './layer-thumbnail'
import styles from './style-candidates.module.css'

export interface StyleCandidatesProps {
  layers: LayerSummary[]
  chosenId: string | null
  disabled: boolean
  onChoose: (layerId: string) => void
}

/** The image-filled layers of the page, any of which can be the style. */
export function StyleCandidates(props: StyleCandidatesProps) {
  const { layers, chosenId, disabled, onChoose } = props
  if (layers.length === 0) {
    return <p class={styles.empty}>No image-filled layers on this page.</p>
  }
  return (
    <ul class={styles.grid} aria-label="Image layers on this page">
      {layers.map((layer) => (
        <StyleCandidate
          key={layer.id}
          layer={layer}
          chosen={layer.id === chosenId}
          disabled={disabled}
          onChoose={onChoose}
        />
      ))}
    </ul>
  )
}

interface StyleCandidateProps {
  layer: LayerSummary
  chosen: boolean
  disabled: boolean
  onChoose: (layerId: string) => void
}

function StyleCandidate(props: StyleCandidateProps) {
  const { layer, chosen, disabled, onChoose } = props
  function handleClick(): void {
    onChoose(layer.id)
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

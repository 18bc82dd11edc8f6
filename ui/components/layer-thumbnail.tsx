import type { LayerSummary } from '../../src/contract/messages'
import { useObjectUrl } from '../utilities/use-object-url'
import styles from './layer-thumbnail.module.css'

/** A layer's exported thumbnail, or an empty square when it has none. */
export function LayerThumbnail({ layer }: { layer: LayerSummary | null }) {
  const url = useObjectUrl(layer?.thumbnail ?? null)
  return (
    <div class={styles.thumbnail}>
      {url === null ? null : <img class={styles.image} src={url} alt="" />}
    </div>
  )
}

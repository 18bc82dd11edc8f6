import {
  RESULT_FOR_KEY,
  CANDIDATE_SCAN_BATCH,
  MAX_CANDIDATE_SCAN,
  MAX_STYLE_CANDIDATES
} from '../constants'
import { yieldAsync } from '../utilities/yield-async'
import { hasImageFill } from './has-image-fill'

const FILLED_TYPES: NodeType[] = [
  'RECTANGLE',
  'ELLIPSE',
  'POLYGON',
  'STAR',
  'VECTOR',
  'BOOLEAN_OPERATION',
  'TEXT',
  'FRAME',
  'COMPONENT',
  'INSTANCE'
]

/**
 * The image-filled layers of the current page, in layer order, at most
 * MAX_STYLE_CANDIDATES of them; the scan stops after MAX_CANDIDATE_SCAN
 * layers and yields between batches so that huge pages never freeze
 * Figma. Images further down a huge page can still be pinned from the
 * selection. The plugin's own result layers are left out: they are
 * pictures of the content, not styles.
 */
export async function findStyleCandidatesAsync(): Promise<SceneNode[]> {
  const layers = figma.currentPage.findAllWithCriteria({ types: FILLED_TYPES })
  const scanned = layers.slice(0, MAX_CANDIDATE_SCAN)
  const found: SceneNode[] = []
  for (let i = 0; i < scanned.length; i++) {
    if (i > 0 && i % CANDIDATE_SCAN_BATCH === 0) await yieldAsync()
    const layer = scanned[i]
    if (!layer.removed && hasImageFill(layer) && !isResult(layer)) {
      found.push(layer)
    }
    if (found.length === MAX_STYLE_CANDIDATES) break
  }
  return found
}

function isResult(layer: SceneNode): boolean {
  return layer.getPluginData(RESULT_FOR_KEY) !== ''
}

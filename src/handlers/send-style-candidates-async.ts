import type { LayerSummary } from '../contract/messages'
import { findStyleCandidatesAsync } from '../selection/find-style-candidates-async'
import { summarizeLayerAsync } from '../selection/summarize-layer-async'
import { postToUi } from '../utilities/post-to-ui'

/** Tells the UI which layers of the current page could be the style. */
export async function sendStyleCandidatesAsync(): Promise<void> {
  const layers: LayerSummary[] = []
  for (const node of await findStyleCandidatesAsync()) {
    layers.push(await summarizeLayerAsync(node, true))
  }
  postToUi({ type: 'STYLE_CANDIDATES', layers })
}

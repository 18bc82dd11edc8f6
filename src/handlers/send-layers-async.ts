import type { LayerSummary } from '../contract/messages'
import { resolveLayersAsync } from '../selection/resolve-layers-async'
import { summarizeLayerAsync } from '../selection/summarize-layer-async'
import type { Session } from '../session/create-session'
import { forgetGoneStyles } from '../session/forget-gone-styles'
import { postToUi } from '../utilities/post-to-ui'
import { SENTENCES } from '../utilities/sentences'

/**
 * Tells the UI the contents and style layers, and why Stylize can't run.
 * Only the first content is exported as a thumbnail: a batch of fifty
 * frames would otherwise keep Figma busy for seconds on every selection.
 */
export async function sendLayersAsync(session: Session): Promise<void> {
  session.layersRefresh += 1
  const refresh = session.layersRefresh
  const layers = await resolveLayersAsync(session)
  forgetGoneStyles(session, layers)
  const contents: LayerSummary[] = []
  for (const [index, node] of layers.contents.entries()) {
    contents.push(await summarizeLayerAsync(node, index === 0))
  }
  const styles: LayerSummary[] = []
  for (const node of layers.styles) {
    styles.push(await summarizeLayerAsync(node, true))
  }
  // The selection changed while thumbnails were exported: the newer
  // refresh describes the document as it is, so this one stays unsent.
  if (refresh !== session.layersRefresh || session.closed) return
  postToUi({
    type: 'LAYERS',
    contents,
    styles,
    problem: layers.problem ?? findEmptyLayerProblem(contents, styles)
  })
}

/** A layer whose thumbnail came out empty, as far as thumbnails were made. */
function findEmptyLayerProblem(
  contents: LayerSummary[],
  styles: LayerSummary[]
): string | null {
  const summarized = [...contents.slice(0, 1), ...styles]
  const empty = summarized.find((layer) => layer.thumbnail === null)
  return empty === undefined ? null : SENTENCES.noVisiblePixels(empty.name)
}

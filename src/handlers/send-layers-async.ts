import type { LayerSummary } from '../contract/messages'
import { resolveLayersAsync } from '../selection/resolve-layers-async'
import { summarizeLayerAsync } from '../selection/summarize-layer-async'
import type { Session } from '../session/create-session'
import { postToUi } from '../utilities/post-to-ui'
import { SENTENCES } from '../utilities/sentences'

/** Tells the UI the current content and style, and why Stylize can't run. */
export async function sendLayersAsync(session: Session): Promise<void> {
  session.layersRefresh += 1
  const refresh = session.layersRefresh
  const layers = await resolveLayersAsync(session)
  const content = layers.content && (await summarizeLayerAsync(layers.content))
  const style = layers.style && (await summarizeLayerAsync(layers.style))
  // The selection changed while thumbnails were exported: the newer
  // refresh describes the document as it is, so this one stays unsent.
  if (refresh !== session.layersRefresh) return
  postToUi({
    type: 'LAYERS',
    content,
    style,
    problem: layers.problem ?? findEmptyLayerProblem(content, style)
  })
}

function findEmptyLayerProblem(
  content: LayerSummary | null,
  style: LayerSummary | null
): string | null {
  if (content !== null && content.thumbnail === null) {
    return SENTENCES.noVisiblePixels(content.name)
  }
  if (style !== null && style.thumbnail === null) {
    return SENTENCES.noVisiblePixels(style.name)
  }
  return null
}

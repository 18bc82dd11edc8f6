import { hasImageFill } from '../selection/has-image-fill'
import { addStyleLayers } from '../session/add-style-layers'
import type { Session } from '../session/create-session'
import { reportProblem } from '../utilities/report-problem'
import { SENTENCES } from '../utilities/sentences'
import { sendLayersAsync } from './send-layers-async'

/**
 * "Use selection as style": the selected image layers join the styles, as
 * many as fit. They stop being contents, though they stay selected.
 */
export async function handlePinStyleAsync(session: Session): Promise<void> {
  const images = figma.currentPage.selection.filter(hasImageFill)
  if (images.length === 0) return reportProblem(SENTENCES.pinNeedsImage)
  const left = addStyleLayers(session, images)
  if (left > 0) reportProblem(SENTENCES.tooManyStyles)
  await sendLayersAsync(session)
}

import { resolveLayersAsync } from '../selection/resolve-layers-async'
import type { Session } from '../session/create-session'
import { forgetGoneStyles } from '../session/forget-gone-styles'
import { SENTENCES } from '../utilities/sentences'

/**
 * Drops the record's style layers that were deleted since the result was
 * made, and returns the sentence naming them, or null. Image-file styles
 * are the UI's to mention: it has the record too.
 */
export async function checkRelaunchStylesAsync(
  session: Session
): Promise<string | null> {
  const layers = await resolveLayersAsync(session)
  forgetGoneStyles(session, layers)
  const names = layers.goneStyles.map((style) => style.name)
  return names.length === 0 ? null : SENTENCES.restyleStylesGone(names)
}

import type { Session } from '../session/create-session'
import { sendLayersAsync } from './send-layers-async'

/**
 * Exchanges content and style. The new content is usually not the
 * selection; it stays the content until the designer selects something
 * else, as picking a layer is how they say what to stylize next.
 */
export async function handleSwapAsync(session: Session): Promise<void> {
  const { contentId, styleId } = session
  session.contentId = styleId
  session.styleId = contentId
  await sendLayersAsync(session)
}

import type { Session } from '../session/create-session'
import { sendLayersAsync } from './send-layers-async'

/** A style layer leaves the styles; if it is selected, it is content again. */
export async function handleRemoveStyleAsync(
  session: Session,
  layerId: string
): Promise<void> {
  session.styles = session.styles.filter((style) => style.id !== layerId)
  await sendLayersAsync(session)
}

import { followSelection } from '../selection/follow-selection'
import type { Session } from '../session/create-session'
import { sendLayersAsync } from './send-layers-async'

export async function handleSelectionChangeAsync(
  session: Session
): Promise<void> {
  followSelection(session, figma.currentPage.selection)
  if (session.uiReady) await sendLayersAsync(session)
}

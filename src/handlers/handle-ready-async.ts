import type { Session } from '../session/create-session'
import { sendLayersAsync } from './send-layers-async'
import { sendStyleCandidatesAsync } from './send-style-candidates-async'

/** The UI listens now (again, if it reloaded): tell it everything. */
export async function handleReadyAsync(session: Session): Promise<void> {
  session.uiReady = true
  await sendLayersAsync(session)
  await sendStyleCandidatesAsync()
}

import type { Session } from '../session/create-session'
import { sendStyleCandidatesAsync } from './send-style-candidates-async'

/** Candidates come from the current page; selectionchange follows. */
export async function handleCurrentPageChangeAsync(
  session: Session
): Promise<void> {
  if (session.uiReady) await sendStyleCandidatesAsync()
}

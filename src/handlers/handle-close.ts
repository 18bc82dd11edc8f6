import type { Session } from '../session/create-session'

/**
 * The plugin is closing: a run in flight is dropped, and handlers still
 * awaiting Figma stop before they write or send anything.
 */
export function handleClose(session: Session): void {
  session.closed = true
  session.run = null
  session.startingRunId = null
}

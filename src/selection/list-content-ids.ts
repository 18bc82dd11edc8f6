import type { Session } from '../session/create-session'

/** The session's contents less its style layers: a layer is one or other. */
export function listContentIds(session: Session): string[] {
  const styleIds = session.styles.map((style) => style.id)
  return session.contentIds.filter((id) => !styleIds.includes(id))
}

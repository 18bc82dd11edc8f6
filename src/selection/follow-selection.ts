import type { Session } from '../session/create-session'

/** The content is the one selected layer; with none or several, none. */
export function followSelection(
  session: Session,
  selection: ReadonlyArray<SceneNode>
): void {
  session.selectionCount = selection.length
  session.contentId = selection.length === 1 ? selection[0].id : null
}

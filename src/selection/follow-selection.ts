import type { Session } from '../session/create-session'

/** The contents are the selected layers, in selection order. */
export function followSelection(
  session: Session,
  selection: ReadonlyArray<SceneNode>
): void {
  session.contentIds = selection.map((node) => node.id)
}

import { hasNoArea } from '../export/has-no-area'
import type { Session } from '../session/create-session'
import { SENTENCES } from '../utilities/sentences'
import { findContentProblem } from './find-content-problem'

/**
 * Why Stylize cannot run with these layers, or null. The layers are those
 * the session's ids resolved to; null where an id is unset or deleted.
 */
export function findLayersProblem(
  session: Session,
  content: SceneNode | null,
  style: SceneNode | null
): string | null {
  if (session.contentId === null) {
    return session.selectionCount > 1
      ? SENTENCES.tooManySelected(session.selectionCount)
      : SENTENCES.nothingSelected
  }
  if (content === null) return SENTENCES.contentDeleted
  if (session.styleId === null) return SENTENCES.noStyle
  if (style === null) return SENTENCES.styleDeleted
  if (content.id === style.id) return SENTENCES.sameLayer
  const contentProblem = findContentProblem(content)
  if (contentProblem !== null) return contentProblem
  return hasNoArea(style) ? SENTENCES.noArea(style.name) : null
}

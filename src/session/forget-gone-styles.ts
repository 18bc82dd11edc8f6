import type { ResolvedLayers } from '../selection/resolve-layers-async'
import type { Session } from './create-session'

/**
 * Drops the style layers found deleted and refreshes the names of the
 * others, so that a later sentence can still name one once it is gone.
 * The list is filtered rather than replaced: an ADD_STYLE may have
 * arrived while the layers were looked up.
 */
export function forgetGoneStyles(
  session: Session,
  { styles, goneStyles }: Pick<ResolvedLayers, 'styles' | 'goneStyles'>
): void {
  const gone = goneStyles.map((style) => style.id)
  const names = new Map(styles.map((node) => [node.id, node.name]))
  session.styles = session.styles
    .filter((style) => !gone.includes(style.id))
    .map((style) => ({ id: style.id, name: names.get(style.id) ?? style.name }))
}

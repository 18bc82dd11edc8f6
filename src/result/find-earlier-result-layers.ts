import { RESULT_FOR_KEY } from '../constants'

/**
 * The results made earlier for this content among the parent's children,
 * known by plugin data. A duplicated result carries the same plugin data,
 * so there may be several; all of them count as earlier results.
 */
export function findEarlierResultLayers(
  parent: BaseNode & ChildrenMixin,
  contentId: string
): SceneNode[] {
  return parent.children.filter(
    (child) => child.getPluginData(RESULT_FOR_KEY) === contentId
  )
}

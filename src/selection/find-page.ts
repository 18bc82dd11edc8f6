/** The page a layer is on. */
export function findPage(node: SceneNode): PageNode {
  let parent = node.parent
  while (parent !== null && parent.type !== 'PAGE') parent = parent.parent
  if (parent === null) throw new Error(`findPage: ${node.id} is on no page`)
  return parent
}

/** The layer with this id, or null if it was deleted or is no layer. */
export async function findSceneNodeAsync(
  id: string
): Promise<SceneNode | null> {
  const node = await figma.getNodeByIdAsync(id)
  if (node === null || node.removed) return null
  if (node.type === 'DOCUMENT' || node.type === 'PAGE') return null
  return node
}

import type { PlacementSubject } from './choose-result-placement'

/** Reads from a layer what chooseResultPlacement decides on. */
export function describePlacementSubject(node: SceneNode): PlacementSubject {
  return {
    type: node.type,
    childCount: 'children' in node ? node.children.length : 0,
    fills: describeFills(node),
    insideInstance: isInsideInstance(node)
  }
}

function describeFills(node: SceneNode): PlacementSubject['fills'] {
  if (!('fills' in node)) return 'none'
  return typeof node.fills === 'symbol' ? 'mixed' : 'list'
}

function isInsideInstance(node: SceneNode): boolean {
  for (let parent = node.parent; parent !== null; parent = parent.parent) {
    if (parent.type === 'INSTANCE') return true
  }
  return false
}

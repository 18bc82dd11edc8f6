import type { FakeBaseNode } from './fake-base-node'
import { relayoutChildren } from './relayout-children'

/** Marks the node and everything under it as gone from the document. */
export function markRemoved(node: FakeBaseNode): void {
  node.data.removed = true
  for (const child of node.data.children) markRemoved(child)
}

/**
 * Takes the node out of its parent's children. Like Figma, a group whose
 * last layer leaves is deleted, and an auto-layout parent lays out again.
 */
export function detachNode(node: FakeBaseNode): void {
  const parent = node.data.parent
  if (parent === null) return
  parent.data.children = parent.data.children.filter((c) => c !== node)
  node.data.parent = null
  relayoutChildren(parent)
  if (parent.type === 'GROUP' && parent.data.children.length === 0) {
    detachNode(parent)
    markRemoved(parent)
  }
}

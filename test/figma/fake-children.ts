import { checkValue } from './check-value'
import { detachNode } from './detach-node'
import { exposeNode } from './expose-node'
import type { FakeBaseNode } from './fake-base-node'
import { relayoutChildren } from './relayout-children'
import { toFakeSceneNode } from './to-fake-scene-node'

/** A fresh frozen array on every read, as Figma's `children`. */
export function readChildren(parent: FakeBaseNode): ReadonlyArray<SceneNode> {
  parent.assertAlive()
  return Object.freeze(parent.data.children.map((c) => exposeNode(c)))
}

/**
 * insertChild with Figma's restrictions: nothing moves into or out of an
 * instance, a node cannot become its own descendant, the index must be
 * within the children. The node keeps its relative x and y.
 */
export function insertFakeChild(
  parent: FakeBaseNode,
  index: number,
  node: unknown,
  where: string
): void {
  parent.assertAlive()
  const child = toFakeSceneNode(node, where)
  child.assertAlive()
  if (parent.type === 'INSTANCE' || parent.findInstanceAncestor() !== null) {
    throw new Error(
      `in ${where}: Cannot move node. ` +
        'New parent is an instance or is inside of an instance'
    )
  }
  if (child.findInstanceAncestor() !== null) {
    throw new Error(
      `in ${where}: Cannot move node. Node is inside of an instance`
    )
  }
  for (let p: FakeBaseNode | null = parent; p !== null; p = p.data.parent) {
    if (p === child) {
      throw new Error(`in ${where}: Cannot move node into its own subtree`)
    }
  }
  const isMove = child.data.parent === parent
  const siblings = parent.data.children.filter((c) => c !== child)
  checkValue(
    Number.isInteger(index) && index >= 0 && index <= siblings.length,
    where,
    `an index from 0 to ${siblings.length}`
  )
  if (isMove) parent.data.children = siblings
  else detachNode(child)
  attachChild(parent, child, index)
}

/** Puts a detached node into a parent, bypassing every check. */
export function attachChild(
  parent: FakeBaseNode,
  child: FakeBaseNode,
  index = parent.data.children.length
): void {
  const children = parent.data.children.slice()
  children.splice(index, 0, child as (typeof children)[number])
  parent.data.children = children
  child.data.parent = parent
  relayoutChildren(parent)
}

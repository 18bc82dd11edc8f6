import { FakeSceneNode } from './fake-scene-node'

/** The fake behind a node handed back by plugin code. */
export function toFakeSceneNode(node: unknown, where: string): FakeSceneNode {
  if (!(node instanceof FakeSceneNode)) {
    throw new TypeError(`in ${where}: Expected a scene node`)
  }
  return node
}

import type { FakeBaseNode } from './fake-base-node'

/**
 * Hands a fake node to plugin code under Figma's type for it. This is the
 * one place where the fake claims to be more than it is: every member the
 * plugin calls is implemented with Figma's signature (the classes say
 * `implements Pick<…>`), members it does not call are missing.
 */
export function exposeNode<T = SceneNode>(node: FakeBaseNode): T {
  return node as unknown as T
}

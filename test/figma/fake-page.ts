import { checkValue } from './check-value'
import { exposeNode } from './expose-node'
import { FakeBaseNode, type BaseKeys } from './fake-base-node'
import { insertFakeChild, readChildren } from './fake-children'
import type { FakeSceneNode } from './fake-scene-node'
import { toFakeSceneNode } from './to-fake-scene-node'

type PageKeys =
  | BaseKeys
  | 'type'
  | 'children'
  | 'appendChild'
  | 'insertChild'
  | 'selection'
  | 'findAllWithCriteria'

export class FakePage extends FakeBaseNode implements Pick<PageNode, PageKeys> {
  readonly type = 'PAGE'

  get children(): ReadonlyArray<SceneNode> {
    return readChildren(this)
  }

  appendChild(child: SceneNode): void {
    insertFakeChild(this, this.data.children.length, child, 'appendChild')
  }

  insertChild(index: number, child: SceneNode): void {
    insertFakeChild(this, index, child, 'insertChild')
  }

  /** A new frozen array on every read, without layers deleted since. */
  get selection(): ReadonlyArray<SceneNode> {
    this.assertAlive()
    const alive = this.data.selection.filter((node) => !node.removed)
    return Object.freeze(alive.map((node) => exposeNode(node)))
  }

  set selection(value: ReadonlyArray<SceneNode>) {
    this.assertAlive()
    checkValue(Array.isArray(value), 'selection', 'an array of nodes')
    const nodes = value.map((node) => toFakeSceneNode(node, 'selection'))
    for (const node of nodes) {
      node.assertAlive()
      if (!this.holds(node)) {
        throw new Error('in set_selection: Node is not on the current page')
      }
    }
    this.data.selection = [...new Set(nodes)]
    this.world.handleSelectionSet(this)
  }

  findAllWithCriteria<T extends NodeType[]>(
    criteria: FindAllCriteria<T>
  ): Array<{ type: T[number] } & SceneNode> {
    this.assertAlive()
    if (criteria.pluginData !== undefined || criteria.sharedPluginData) {
      throw new Error('fake: findAllWithCriteria by plugin data')
    }
    const types: ReadonlyArray<NodeType> | undefined = criteria.types
    const found: FakeSceneNode[] = []
    const visit = (node: FakeBaseNode) => {
      for (const child of node.data.children) {
        if (types === undefined || types.includes(child.type)) found.push(child)
        visit(child)
      }
    }
    visit(this)
    return found.map((node) =>
      exposeNode<{ type: T[number] } & SceneNode>(node)
    )
  }

  /** Whether the node is somewhere under this page. */
  holds(node: FakeBaseNode): boolean {
    for (let p = node.data.parent; p !== null; p = p.data.parent) {
      if (p === this) return true
    }
    return false
  }
}

export class FakeDocument
  extends FakeBaseNode
  implements Pick<DocumentNode, BaseKeys | 'type' | 'children'>
{
  readonly type = 'DOCUMENT'

  get children(): ReadonlyArray<PageNode> {
    this.assertAlive()
    return Object.freeze(this.data.children.map((p) => exposeNode<PageNode>(p)))
  }
}

import { checkValue } from './check-value'
import { exposeNode } from './expose-node'
import { createNodeData, type NodeData } from './fake-node-data'
import type { FakeWorld } from './fake-world'

export type BaseKeys =
  | 'id'
  | 'name'
  | 'parent'
  | 'removed'
  | 'remove'
  | 'getPluginData'
  | 'setPluginData'
  | 'getPluginDataKeys'
  | 'setRelaunchData'
  | 'getRelaunchData'
  | 'toString'

/** Identity, name, parent, plugin data and removal, as BaseNodeMixin. */
export abstract class FakeBaseNode implements Pick<BaseNodeMixin, BaseKeys> {
  abstract readonly type: NodeType
  readonly id: string
  data: NodeData

  constructor(
    protected readonly world: FakeWorld,
    name: string,
    id = world.createId()
  ) {
    this.id = id
    this.data = createNodeData(name)
    world.register(this)
  }

  get removed(): boolean {
    return this.data.removed
  }

  get name(): string {
    this.assertAlive()
    return this.data.name
  }

  set name(value: string) {
    this.assertAlive()
    checkValue(typeof value === 'string', 'name', 'a string')
    this.data.name = value
  }

  get parent(): (BaseNode & ChildrenMixin) | null {
    this.assertAlive()
    const parent = this.data.parent
    return parent === null ? null : exposeNode<BaseNode & ChildrenMixin>(parent)
  }

  getPluginData(key: string): string {
    this.assertAlive()
    checkValue(typeof key === 'string', 'getPluginData', 'a string key')
    return this.data.pluginData[key] ?? ''
  }

  setPluginData(key: string, value: string): void {
    this.assertAlive()
    checkValue(typeof key === 'string', 'setPluginData', 'a string key')
    checkValue(typeof value === 'string', 'setPluginData', 'a string value')
    if (value === '') delete this.data.pluginData[key]
    else this.data.pluginData[key] = value
  }

  getPluginDataKeys(): string[] {
    this.assertAlive()
    return Object.keys(this.data.pluginData)
  }

  /** Each call replaces all relaunch data; descriptions are capped. */
  setRelaunchData(data: { [command: string]: string }): void {
    this.assertAlive()
    checkValue(
      typeof data === 'object' && data !== null,
      'setRelaunchData',
      'an object'
    )
    for (const [command, description] of Object.entries(data)) {
      checkValue(
        typeof description === 'string',
        'setRelaunchData',
        `a string description for "${command}"`
      )
      if (description.length > 1000) {
        throw new Error(
          'in setRelaunchData: description exceeds 1000 characters'
        )
      }
    }
    this.data.relaunchData = { ...data }
  }

  getRelaunchData(): { [command: string]: string } {
    this.assertAlive()
    return { ...this.data.relaunchData }
  }

  remove(): void {
    this.assertAlive()
    throw new Error(`fake: removing a ${this.type} is not implemented`)
  }

  toString(): string {
    return `[Node ${this.id}]`
  }

  /** Figma throws on any use of a node once it left the document. */
  assertAlive(): void {
    if (this.data.removed) {
      throw new Error(`The node with id "${this.id}" does not exist`)
    }
  }

  /** The nearest ancestor that is an instance, or null. */
  findInstanceAncestor(): FakeBaseNode | null {
    for (let p = this.data.parent; p !== null; p = p.data.parent) {
      if (p.type === 'INSTANCE') return p
    }
    return null
  }
}

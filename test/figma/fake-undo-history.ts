import type { FakeBaseNode } from './fake-base-node'
import { copyNodeData, type NodeData } from './fake-node-data'

interface UndoState {
  data: Map<FakeBaseNode, NodeData>
  /** The document as the designer would see it, to tell states apart. */
  key: string
}

/**
 * Figma's undo stack as a plugin meets it: states are kept at each
 * commitUndo, and an undo goes back to the last one that differs from
 * the document now.
 */
export class FakeUndoHistory {
  private states: UndoState[] = []

  constructor(
    private readonly nodes: () => Iterable<FakeBaseNode>,
    private readonly describe: () => string
  ) {}

  /** The state one undo too many would return to: the plugin's start. */
  reset(): void {
    this.states = [this.capture()]
  }

  commit(): void {
    const state = this.capture()
    const last = this.states[this.states.length - 1]
    if (last === undefined || last.key !== state.key) this.states.push(state)
  }

  /** Puts every node back as it was; nodes made since are removed. */
  revert(): void {
    const now = this.capture()
    let target = this.states[this.states.length - 1]
    if (target !== undefined && target.key === now.key) {
      this.states.pop()
      target = this.states[this.states.length - 1]
    }
    if (target === undefined) throw new Error('fake: nothing to undo')
    for (const node of this.nodes()) {
      const saved = target.data.get(node)
      if (saved !== undefined) node.data = copyNodeData(saved)
      else Object.assign(node.data, { removed: true, parent: null })
    }
  }

  private capture(): UndoState {
    const data = new Map<FakeBaseNode, NodeData>()
    for (const node of this.nodes()) data.set(node, copyNodeData(node.data))
    return { data, key: this.describe() }
  }
}

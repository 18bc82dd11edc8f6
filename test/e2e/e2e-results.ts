import { RUN_RECORD_KEY } from '../../src/constants'
import type { RunRecord } from '../../src/contract/messages'
import type { FakeBaseNode } from '../figma/fake-base-node'
import type { FakeFigma } from '../figma/fake-figma'
import type { Harness } from './harness'

// What the window tests do to the document and read back from it.

export function select(fake: FakeFigma, nodes: FakeBaseNode[]): void {
  fake.api.currentPage.selection = nodes as unknown as SceneNode[]
}

/**
 * The layers holding a result for `node`, by their records: a rectangle
 * inside a frame with children, or a childless frame's own fill.
 */
export function resultsIn(node: FrameNode | FakeBaseNode): SceneNode[] {
  const frame = node as unknown as FrameNode
  return [frame, ...frame.children].filter(
    (c) => c.getPluginData(RUN_RECORD_KEY) !== ''
  )
}

export function recordOf(node: SceneNode): RunRecord {
  return JSON.parse(node.getPluginData(RUN_RECORD_KEY)) as RunRecord
}

export function stylesList(h: Harness) {
  return h.ui.getByRole('region', { name: 'Styles' })
}

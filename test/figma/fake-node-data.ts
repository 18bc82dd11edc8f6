import type { FakeBaseNode } from './fake-base-node'
import type { FakeSceneNode } from './fake-scene-node'

/**
 * Everything about a fake node that the document can change. It is kept
 * in one plain record so that undo can copy and restore it whole.
 */
export interface NodeData {
  name: string
  removed: boolean
  parent: FakeBaseNode | null
  children: FakeSceneNode[]
  pluginData: Record<string, string>
  relaunchData: Record<string, string>
  visible: boolean
  opacity: number
  /** Relative to the nearest frame-like ancestor or page, as in Figma. */
  x: number
  y: number
  width: number
  height: number
  fills: ReadonlyArray<Paint>
  clipsContent: boolean
  layoutMode: 'NONE' | 'HORIZONTAL' | 'VERTICAL'
  layoutPositioning: 'AUTO' | 'ABSOLUTE'
  constraints: Constraints
  /** Pages only. */
  selection: FakeSceneNode[]
}

export function createNodeData(name: string): NodeData {
  return {
    name,
    removed: false,
    parent: null,
    children: [],
    pluginData: {},
    relaunchData: {},
    visible: true,
    opacity: 1,
    x: 0,
    y: 0,
    width: 100,
    height: 100,
    fills: Object.freeze([]),
    clipsContent: false,
    layoutMode: 'NONE',
    layoutPositioning: 'AUTO',
    constraints: Object.freeze({ horizontal: 'MIN', vertical: 'MIN' }),
    selection: []
  }
}

/** A copy that shares nothing mutable with the original. */
export function copyNodeData(data: NodeData): NodeData {
  return {
    ...data,
    children: data.children.slice(),
    pluginData: { ...data.pluginData },
    relaunchData: { ...data.relaunchData },
    selection: data.selection.slice()
  }
}

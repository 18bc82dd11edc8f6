import type { FakeBaseNode } from './fake-base-node'
import type { FakeDocument } from './fake-page'
import type { FakeSceneNode } from './fake-scene-node'

/** A layer and everything under it, as plain data for deepEqual. */
export interface LayerSnapshot {
  id: string
  type: string
  name: string
  visible: boolean
  opacity: number
  x: number
  y: number
  width: number
  height: number
  fills: unknown
  pluginData: Record<string, string>
  relaunchData: Record<string, string>
  layoutPositioning: string
  constraints: unknown
  clipsContent: boolean
  layoutMode: string
  children: LayerSnapshot[]
}

export interface PageSnapshot {
  id: string
  name: string
  pluginData: Record<string, string>
  children: LayerSnapshot[]
}

/** Every page and layer of the document, to compare before and after. */
export function snapshotDocument(document: FakeDocument): PageSnapshot[] {
  return document.data.children.map((page: FakeBaseNode) => ({
    id: page.id,
    name: page.data.name,
    pluginData: { ...page.data.pluginData },
    children: page.data.children.map(snapshotLayer)
  }))
}

function snapshotLayer(node: FakeSceneNode): LayerSnapshot {
  const { data } = node
  return {
    id: node.id,
    type: node.type,
    name: data.name,
    visible: data.visible,
    opacity: data.opacity,
    x: node.x,
    y: node.y,
    width: node.width,
    height: node.height,
    fills: JSON.parse(JSON.stringify(data.fills)),
    pluginData: { ...data.pluginData },
    relaunchData: { ...data.relaunchData },
    layoutPositioning: data.layoutPositioning,
    constraints: { ...data.constraints },
    clipsContent: data.clipsContent,
    layoutMode: data.layoutMode,
    children: data.children.map(snapshotLayer)
  }
}

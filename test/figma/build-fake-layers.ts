import { attachChild } from './fake-children'
import type { FakeBaseNode } from './fake-base-node'
import type { FakeFigma } from './fake-figma'
import { FakeComponent, FakeFrame, FakeInstance } from './fake-frames'
import { FakeGroup } from './fake-group'
import { FakeEllipse, FakeRectangle } from './fake-shapes'
import { freezePaints } from './freeze-paints'
import { relayoutChildren } from './relayout-children'

export interface LayerProps {
  name?: string
  x?: number
  y?: number
  width?: number
  height?: number
  fills?: Paint[]
  visible?: boolean
  opacity?: number
  clipsContent?: boolean
  layoutMode?: 'NONE' | 'HORIZONTAL' | 'VERTICAL'
}

const CLASSES = {
  RECTANGLE: FakeRectangle,
  ELLIPSE: FakeEllipse,
  FRAME: FakeFrame,
  COMPONENT: FakeComponent,
  INSTANCE: FakeInstance
}

type LayerType = keyof typeof CLASSES

/**
 * Puts a layer into a test document. Unlike the plugin API this bypasses
 * Figma's rules (layers inside instances, zero sizes), as opening a file
 * would.
 */
export function addLayer<T extends LayerType>(
  fake: FakeFigma,
  parent: FakeBaseNode,
  type: T,
  props: LayerProps = {}
): InstanceType<(typeof CLASSES)[T]> {
  const Class = CLASSES[type]
  const node = new Class(fake, props.name ?? defaultName(type))
  const { data } = node
  data.x = props.x ?? 0
  data.y = props.y ?? 0
  data.width = props.width ?? 100
  data.height = props.height ?? 100
  data.visible = props.visible ?? true
  data.opacity = props.opacity ?? 1
  data.clipsContent = props.clipsContent ?? type !== 'RECTANGLE'
  data.layoutMode = props.layoutMode ?? 'NONE'
  data.fills = freezePaints(props.fills ?? [], fake.images)
  attachChild(parent, node)
  return node as InstanceType<(typeof CLASSES)[T]>
}

/**
 * Groups existing layers of one parent, as figma.group does: in place of
 * the top-most of them, their positions unchanged.
 */
export function addGroup(
  fake: FakeFigma,
  layers: FakeBaseNode[],
  name = 'Group'
): FakeGroup {
  const parent = layers[0]?.data.parent
  if (parent == null || layers.some((l) => l.data.parent !== parent)) {
    throw new Error('fake: addGroup needs layers of one parent')
  }
  const children: FakeBaseNode[] = parent.data.children
  const ordered = layers
    .slice()
    .sort((a, b) => children.indexOf(a) - children.indexOf(b))
  const group = new FakeGroup(fake, name)
  attachChild(parent, group, children.indexOf(ordered[ordered.length - 1]) + 1)
  for (const layer of ordered) {
    parent.data.children = parent.data.children.filter((c) => c !== layer)
    attachChild(group, layer)
  }
  relayoutChildren(parent)
  return group
}

function defaultName(type: LayerType): string {
  return type.charAt(0) + type.slice(1).toLowerCase()
}

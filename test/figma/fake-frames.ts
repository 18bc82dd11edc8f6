import { checkValue } from './check-value'
import { insertFakeChild, readChildren } from './fake-children'
import { FakeFilledNode } from './fake-filled-node'
import { relayoutChildren } from './relayout-children'
import type { ShapeKeys } from './fake-shapes'

export type FrameKeys =
  | ShapeKeys
  | 'children'
  | 'appendChild'
  | 'insertChild'
  | 'clipsContent'
  | 'layoutMode'

/** Frames, components and instances: fills, children, clipping, layout. */
abstract class FakeFrameLike extends FakeFilledNode {
  get children(): ReadonlyArray<SceneNode> {
    return readChildren(this)
  }

  appendChild(child: SceneNode): void {
    insertFakeChild(this, this.data.children.length, child, 'appendChild')
  }

  insertChild(index: number, child: SceneNode): void {
    insertFakeChild(this, index, child, 'insertChild')
  }

  get clipsContent(): boolean {
    this.assertAlive()
    return this.data.clipsContent
  }

  set clipsContent(value: boolean) {
    this.assertAlive()
    checkValue(typeof value === 'boolean', 'clipsContent', 'a boolean')
    this.data.clipsContent = value
  }

  get layoutMode(): 'NONE' | 'HORIZONTAL' | 'VERTICAL' | 'GRID' {
    this.assertAlive()
    return this.data.layoutMode
  }

  set layoutMode(value: 'NONE' | 'HORIZONTAL' | 'VERTICAL' | 'GRID') {
    this.assertAlive()
    if (value === 'GRID')
      throw new Error('fake: GRID layout is not implemented')
    checkValue(
      ['NONE', 'HORIZONTAL', 'VERTICAL'].includes(value),
      'layoutMode',
      'NONE, HORIZONTAL or VERTICAL'
    )
    this.data.layoutMode = value
    relayoutChildren(this)
  }
}

export class FakeFrame
  extends FakeFrameLike
  implements Pick<FrameNode, FrameKeys>
{
  readonly type = 'FRAME'
}

export class FakeComponent
  extends FakeFrameLike
  implements Pick<ComponentNode, FrameKeys>
{
  readonly type = 'COMPONENT'
}

/** Figma refuses new children in an instance; see insertFakeChild. */
export class FakeInstance
  extends FakeFrameLike
  implements Pick<InstanceNode, FrameKeys>
{
  readonly type = 'INSTANCE'
}

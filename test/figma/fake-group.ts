import { checkValue } from './check-value'
import type { BaseKeys } from './fake-base-node'
import { insertFakeChild, readChildren } from './fake-children'
import { FakeSceneNode, type SceneKeys } from './fake-scene-node'

type GroupKeys =
  BaseKeys | SceneKeys | 'type' | 'children' | 'appendChild' | 'insertChild'

/**
 * A group has no coordinates of its own: its bounds are its children's,
 * whose x and y are relative to the group's own parent, as in Figma.
 */
export class FakeGroup
  extends FakeSceneNode
  implements Pick<GroupNode, GroupKeys>
{
  readonly type = 'GROUP'

  get children(): ReadonlyArray<SceneNode> {
    return readChildren(this)
  }

  appendChild(child: SceneNode): void {
    insertFakeChild(this, this.data.children.length, child, 'appendChild')
  }

  insertChild(index: number, child: SceneNode): void {
    insertFakeChild(this, index, child, 'insertChild')
  }

  get x(): number {
    return this.measureBounds().x0
  }

  set x(value: number) {
    checkValue(Number.isFinite(value), 'x', 'a finite number')
    this.shiftChildren(value - this.x, 0)
  }

  get y(): number {
    return this.measureBounds().y0
  }

  set y(value: number) {
    checkValue(Number.isFinite(value), 'y', 'a finite number')
    this.shiftChildren(0, value - this.y)
  }

  get width(): number {
    const { x0, x1 } = this.measureBounds()
    return x1 - x0
  }

  get height(): number {
    const { y0, y1 } = this.measureBounds()
    return y1 - y0
  }

  private measureBounds() {
    this.assertAlive()
    const children = this.data.children
    if (children.length === 0) throw new Error('fake: a group with no layers')
    return {
      x0: Math.min(...children.map((c) => c.x)),
      y0: Math.min(...children.map((c) => c.y)),
      x1: Math.max(...children.map((c) => c.x + c.width)),
      y1: Math.max(...children.map((c) => c.y + c.height))
    }
  }

  private shiftChildren(dx: number, dy: number): void {
    for (const child of this.data.children) {
      child.x += dx
      child.y += dy
    }
  }
}

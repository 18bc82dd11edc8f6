import type { BaseKeys } from './fake-base-node'
import { FakeFilledNode } from './fake-filled-node'
import type { SceneKeys } from './fake-scene-node'

export type ShapeKeys =
  | BaseKeys
  | SceneKeys
  | 'type'
  | 'resize'
  | 'fills'
  | 'layoutPositioning'
  | 'constraints'

export class FakeRectangle
  extends FakeFilledNode
  implements Pick<RectangleNode, ShapeKeys>
{
  readonly type = 'RECTANGLE'
}

export class FakeEllipse
  extends FakeFilledNode
  implements Pick<EllipseNode, ShapeKeys>
{
  readonly type = 'ELLIPSE'
}

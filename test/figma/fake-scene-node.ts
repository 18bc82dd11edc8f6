import { checkValue } from './check-value'
import { detachNode, markRemoved } from './detach-node'
import { exportFakeNodeAsync } from './export-fake-node-async'
import { FakeBaseNode } from './fake-base-node'
import { relayoutChildren } from './relayout-children'

export type SceneKeys =
  | 'visible'
  | 'opacity'
  | 'x'
  | 'y'
  | 'width'
  | 'height'
  | 'rotation'
  | 'absoluteTransform'
  | 'absoluteBoundingBox'
  | 'exportAsync'

const CONSTRAINT_TYPES = ['MIN', 'CENTER', 'MAX', 'STRETCH', 'SCALE']

/**
 * What every fake layer shares: visibility, opacity, position and size,
 * export. The fake never rotates: rotation is 0, transforms translate.
 */
export abstract class FakeSceneNode extends FakeBaseNode {
  get visible(): boolean {
    this.assertAlive()
    return this.data.visible
  }

  set visible(value: boolean) {
    this.assertAlive()
    checkValue(typeof value === 'boolean', 'visible', 'a boolean')
    this.data.visible = value
  }

  get opacity(): number {
    this.assertAlive()
    return this.data.opacity
  }

  set opacity(value: number) {
    this.assertAlive()
    checkValue(
      typeof value === 'number' && value >= 0 && value <= 1,
      'opacity',
      'a number from 0 to 1'
    )
    this.data.opacity = value
  }

  get x(): number {
    this.assertAlive()
    return this.data.x
  }

  set x(value: number) {
    this.assertAlive()
    checkValue(Number.isFinite(value), 'x', 'a finite number')
    this.data.x = value
  }

  get y(): number {
    this.assertAlive()
    return this.data.y
  }

  set y(value: number) {
    this.assertAlive()
    checkValue(Number.isFinite(value), 'y', 'a finite number')
    this.data.y = value
  }

  get width(): number {
    this.assertAlive()
    return this.data.width
  }

  get height(): number {
    this.assertAlive()
    return this.data.height
  }

  get rotation(): number {
    this.assertAlive()
    return 0
  }

  get absoluteTransform(): Transform {
    const { x, y } = this.absolutePosition()
    return [
      [1, 0, x],
      [0, 1, y]
    ]
  }

  get absoluteBoundingBox(): Rect {
    const { x, y } = this.absolutePosition()
    return { x, y, width: this.width, height: this.height }
  }

  exportAsync(settings?: ExportSettings): Promise<Uint8Array>
  exportAsync(settings: ExportSettingsSVGString): Promise<string>
  exportAsync(settings: ExportSettingsREST): Promise<object>
  exportAsync(
    settings: ExportSettingsMP4 | ExportSettingsGIF | ExportSettingsWEBM
  ): Promise<Uint8Array>
  exportAsync(settings?: unknown): Promise<Uint8Array | string | object> {
    return exportFakeNodeAsync(this, this.world.images, settings)
  }

  remove(): void {
    this.assertAlive()
    if (this.findInstanceAncestor() !== null) {
      throw new Error('in remove: Cannot remove a node inside an instance')
    }
    detachNode(this)
    markRemoved(this)
    this.world.handleRemoval()
  }

  /** Top-left corner on the page; groups add no offset, as in Figma. */
  absolutePosition(): { x: number; y: number } {
    this.assertAlive()
    let container = this.data.parent
    while (container !== null && container.type === 'GROUP') {
      container = container.data.parent
    }
    const origin =
      container instanceof FakeSceneNode
        ? container.absolutePosition()
        : { x: 0, y: 0 }
    return { x: origin.x + this.x, y: origin.y + this.y }
  }
}

/** Size, auto-layout positioning and constraints: layers other than groups. */
export abstract class FakeSizedNode extends FakeSceneNode {
  resize(width: number, height: number): void {
    this.assertAlive()
    checkValue(
      Number.isFinite(width) && width >= 0.01,
      'resize',
      'width >= 0.01'
    )
    checkValue(
      Number.isFinite(height) && height >= 0.01,
      'resize',
      'height >= 0.01'
    )
    this.data.width = width
    this.data.height = height
    if (this.data.parent !== null) relayoutChildren(this.data.parent)
  }

  get layoutPositioning(): 'AUTO' | 'ABSOLUTE' {
    this.assertAlive()
    return this.data.layoutPositioning
  }

  set layoutPositioning(value: 'AUTO' | 'ABSOLUTE') {
    this.assertAlive()
    checkValue(
      value === 'AUTO' || value === 'ABSOLUTE',
      'layoutPositioning',
      'AUTO or ABSOLUTE'
    )
    const parent = this.data.parent
    if (
      value === 'ABSOLUTE' &&
      (parent === null || parent.data.layoutMode === 'NONE')
    ) {
      throw new Error(
        'in set_layoutPositioning: Can only set layoutPositioning = ABSOLUTE ' +
          'if the parent node has layoutMode !== NONE'
      )
    }
    this.data.layoutPositioning = value
    if (parent !== null) relayoutChildren(parent)
  }

  get constraints(): Constraints {
    this.assertAlive()
    return this.data.constraints
  }

  set constraints(value: Constraints) {
    this.assertAlive()
    const keys = Object.keys(value ?? {})
    checkValue(
      keys.length === 2 &&
        CONSTRAINT_TYPES.includes(value.horizontal) &&
        CONSTRAINT_TYPES.includes(value.vertical),
      'constraints',
      'exactly horizontal and vertical, each MIN, CENTER, MAX, STRETCH or SCALE'
    )
    this.data.constraints = Object.freeze({ ...value })
  }
}

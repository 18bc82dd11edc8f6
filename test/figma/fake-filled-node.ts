import { freezePaints } from './freeze-paints'
import { FakeSizedNode } from './fake-scene-node'

/** Layers with their own fills: shapes, frames, components, instances. */
export abstract class FakeFilledNode extends FakeSizedNode {
  get fills(): ReadonlyArray<Paint> | PluginAPI['mixed'] {
    this.assertAlive()
    return this.data.fills
  }

  set fills(value: ReadonlyArray<Paint> | PluginAPI['mixed']) {
    this.assertAlive()
    this.data.fills = freezePaints(value, this.world.images)
  }
}

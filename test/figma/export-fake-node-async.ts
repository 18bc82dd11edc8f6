import { PNG } from 'pngjs'
import { checkValue } from './check-value'
import type { FakeImageStore } from './fake-image-store'
import type { FakeSceneNode } from './fake-scene-node'
import { rasterizeNode } from './rasterize-node'

interface ImageSettings {
  format?: unknown
  contentsOnly?: unknown
  useAbsoluteBounds?: unknown
  constraint?: { type?: unknown; value?: unknown }
}

/**
 * exportAsync for PNG: real PNG bytes of the node's pixels at the
 * requested constraint. The fake draws no strokes or effects, so render
 * bounds equal absolute bounds and useAbsoluteBounds changes nothing.
 */
export async function exportFakeNodeAsync(
  node: FakeSceneNode,
  images: FakeImageStore,
  settings: unknown
): Promise<Uint8Array> {
  node.assertAlive()
  const {
    format = 'PNG',
    contentsOnly = true,
    constraint
  } = (settings ?? {}) as ImageSettings
  if (format !== 'PNG') {
    throw new Error(`fake: exportAsync as ${String(format)} is not implemented`)
  }
  if (contentsOnly !== true) {
    throw new Error(
      'fake: exportAsync with contentsOnly false is not implemented'
    )
  }
  if (node.width <= 0 || node.height <= 0) {
    throw new Error('in exportAsync: Cannot export a node with no size')
  }
  const { width, height } = measureExport(node, constraint)
  // Figma renders asynchronously; other events may run meanwhile.
  await new Promise((resolve) => setTimeout(resolve, 0))
  node.assertAlive()
  const png = new PNG({ width, height })
  png.data = Buffer.from(rasterizeNode(node, images, width, height))
  return new Uint8Array(PNG.sync.write(png))
}

function measureExport(
  node: FakeSceneNode,
  constraint: ImageSettings['constraint']
): { width: number; height: number } {
  const { type = 'SCALE', value = 1 } = constraint ?? {}
  checkValue(
    typeof value === 'number' && Number.isFinite(value) && value > 0,
    'exportAsync: constraint.value',
    'a positive number'
  )
  const scale =
    type === 'SCALE'
      ? (value as number)
      : type === 'WIDTH'
        ? (value as number) / node.width
        : type === 'HEIGHT'
          ? (value as number) / node.height
          : Number.NaN
  checkValue(
    !Number.isNaN(scale),
    'exportAsync: constraint.type',
    'SCALE, WIDTH or HEIGHT'
  )
  return {
    width: Math.max(1, Math.round(node.width * scale)),
    height: Math.max(1, Math.round(node.height * scale))
  }
}

import type { FakeImageStore } from './fake-image-store'
import type { FakeSceneNode } from './fake-scene-node'

/** RGBA, 0..1: premultiplied, except where a function says straight. */
export type Color = [number, number, number, number]

/** Paints of one layer composited bottom to top at (u, v) in 0..1. */
export function stackPaints(
  fills: ReadonlyArray<Paint>,
  node: FakeSceneNode,
  u: number,
  v: number,
  images: FakeImageStore
): Color {
  const result: Color = [0, 0, 0, 0]
  for (const paint of fills) {
    const [r, g, b, a] = colorPaint(paint, node, u, v, images)
    result[0] = r + result[0] * (1 - a)
    result[1] = g + result[1] * (1 - a)
    result[2] = b + result[2] * (1 - a)
    result[3] = a + result[3] * (1 - a)
  }
  return result
}

function colorPaint(
  paint: Paint,
  node: FakeSceneNode,
  u: number,
  v: number,
  images: FakeImageStore
): Color {
  const blendMode = paint.blendMode ?? 'NORMAL'
  if (blendMode !== 'NORMAL' && blendMode !== 'PASS_THROUGH') {
    throw new Error(`fake: blend mode ${blendMode} is not drawn`)
  }
  const opacity = paint.opacity ?? 1
  if (paint.type === 'SOLID') {
    const { r, g, b } = paint.color
    return [r * opacity, g * opacity, b * opacity, opacity]
  }
  if (paint.type !== 'IMAGE') {
    throw new Error(`fake: ${paint.type} paints are not drawn`)
  }
  if (paint.imageHash === null) return [0, 0, 0, 0]
  const [r, g, b, a] = sampleImage(paint, node, u, v, images)
  const alpha = a * opacity
  return [r * alpha, g * alpha, b * alpha, alpha]
}

/** Nearest-neighbour sample of an image paint, straight RGBA 0..1. */
function sampleImage(
  paint: ImagePaint,
  node: FakeSceneNode,
  u: number,
  v: number,
  images: FakeImageStore
): Color {
  if (paint.scaleMode !== 'FILL' && paint.scaleMode !== 'FIT') {
    throw new Error(`fake: scaleMode ${paint.scaleMode} is not drawn`)
  }
  const image = images.readPixels(paint.imageHash as string)
  const fit = paint.scaleMode === 'FIT' ? Math.min : Math.max
  const scale = fit(node.width / image.width, node.height / image.height)
  const left = (node.width - image.width * scale) / 2
  const top = (node.height - image.height * scale) / 2
  const ix = Math.floor((u * node.width - left) / scale)
  const iy = Math.floor((v * node.height - top) / scale)
  if (ix < 0 || iy < 0 || ix >= image.width || iy >= image.height) {
    return [0, 0, 0, 0]
  }
  const i = (iy * image.width + ix) * 4
  const d = image.data
  return [d[i] / 255, d[i + 1] / 255, d[i + 2] / 255, d[i + 3] / 255]
}

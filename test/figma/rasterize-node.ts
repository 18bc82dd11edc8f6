import type { FakeImageStore } from './fake-image-store'
import type { FakeSceneNode } from './fake-scene-node'
import { stackPaints, type Color } from './stack-paints'

// Draws a fake node the way Figma renders what the fake models: solid and
// image fills with opacity, rectangles and ellipses with anti-aliased
// edges, children in order, frames clipping, invisible layers skipped,
// layer opacity applied to the layer as a whole.

/** Premultiplied RGBA, 0..1. */
interface Canvas {
  width: number
  height: number
  pixels: Float32Array
}

/** A rectangle in output pixels. */
interface Box {
  x0: number
  y0: number
  x1: number
  y1: number
}

/** Maps absolute page coordinates to output pixels. */
interface View {
  originX: number
  originY: number
  scaleX: number
  scaleY: number
}

const FRAME_TYPES = ['FRAME', 'COMPONENT', 'INSTANCE']
const SUBSAMPLES = 4

/** The node's pixels at width × height, as straight 8-bit RGBA. */
export function rasterizeNode(
  root: FakeSceneNode,
  images: FakeImageStore,
  width: number,
  height: number
): Uint8Array {
  const { x, y } = root.absolutePosition()
  const view = {
    originX: x,
    originY: y,
    scaleX: width / root.width,
    scaleY: height / root.height
  }
  const canvas = createCanvas(width, height)
  const everything = { x0: 0, y0: 0, x1: width, y1: height }
  drawNode(root, canvas, view, everything, images)
  return toStraightRgba(canvas)
}

function createCanvas(width: number, height: number): Canvas {
  return { width, height, pixels: new Float32Array(width * height * 4) }
}

function drawNode(
  node: FakeSceneNode,
  canvas: Canvas,
  view: View,
  clip: Box,
  images: FakeImageStore
): void {
  if (!node.data.visible) return
  const opacity = node.data.opacity
  const target =
    opacity < 1 ? createCanvas(canvas.width, canvas.height) : canvas
  const box = toPixelBox(node, view)
  if (node.type !== 'GROUP') paintFills(node, box, clip, target, images)
  const clipsChildren =
    FRAME_TYPES.includes(node.type) && node.data.clipsContent
  const childClip = clipsChildren ? intersect(clip, box) : clip
  for (const child of node.data.children) {
    drawNode(child, target, view, childClip, images)
  }
  if (target !== canvas) compositeLayer(target, canvas, opacity)
}

function toPixelBox(node: FakeSceneNode, view: View): Box {
  const { x, y } = node.absolutePosition()
  return {
    x0: (x - view.originX) * view.scaleX,
    y0: (y - view.originY) * view.scaleY,
    x1: (x + node.width - view.originX) * view.scaleX,
    y1: (y + node.height - view.originY) * view.scaleY
  }
}

function intersect(a: Box, b: Box): Box {
  return {
    x0: Math.max(a.x0, b.x0),
    y0: Math.max(a.y0, b.y0),
    x1: Math.min(a.x1, b.x1),
    y1: Math.min(a.y1, b.y1)
  }
}

function paintFills(
  node: FakeSceneNode,
  box: Box,
  clip: Box,
  canvas: Canvas,
  images: FakeImageStore
): void {
  const fills = node.data.fills.filter((paint) => paint.visible !== false)
  const area = intersect(intersect(box, clip), {
    x0: 0,
    y0: 0,
    x1: canvas.width,
    y1: canvas.height
  })
  if (fills.length === 0 || area.x0 >= area.x1 || area.y0 >= area.y1) return
  const isEllipse = node.type === 'ELLIPSE'
  for (let py = Math.floor(area.y0); py < Math.ceil(area.y1); py++) {
    for (let px = Math.floor(area.x0); px < Math.ceil(area.x1); px++) {
      const coverage = isEllipse
        ? coverEllipse(box, area, px, py)
        : coverRectangle(area, px, py)
      if (coverage <= 0) continue
      const u = (px + 0.5 - box.x0) / (box.x1 - box.x0)
      const v = (py + 0.5 - box.y0) / (box.y1 - box.y0)
      const color = stackPaints(fills, node, u, v, images)
      blendPixel(canvas, px, py, color, coverage)
    }
  }
}

function coverRectangle(area: Box, px: number, py: number): number {
  const width = Math.min(area.x1, px + 1) - Math.max(area.x0, px)
  const height = Math.min(area.y1, py + 1) - Math.max(area.y0, py)
  return width > 0 && height > 0 ? width * height : 0
}

function coverEllipse(box: Box, area: Box, px: number, py: number): number {
  const cx = (box.x0 + box.x1) / 2
  const cy = (box.y0 + box.y1) / 2
  const rx = (box.x1 - box.x0) / 2
  const ry = (box.y1 - box.y0) / 2
  let inside = 0
  for (let i = 0; i < SUBSAMPLES; i++) {
    for (let j = 0; j < SUBSAMPLES; j++) {
      const x = px + (i + 0.5) / SUBSAMPLES
      const y = py + (j + 0.5) / SUBSAMPLES
      const inArea = x >= area.x0 && x < area.x1 && y >= area.y0 && y < area.y1
      if (inArea && ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1) inside++
    }
  }
  return inside / SUBSAMPLES ** 2
}

function blendPixel(
  canvas: Canvas,
  px: number,
  py: number,
  color: Color,
  coverage: number
): void {
  const p = canvas.pixels
  const i = (py * canvas.width + px) * 4
  const alpha = color[3] * coverage
  for (let c = 0; c < 4; c++) {
    p[i + c] = color[c] * coverage + p[i + c] * (1 - alpha)
  }
}

function compositeLayer(layer: Canvas, canvas: Canvas, opacity: number) {
  const src = layer.pixels
  const dst = canvas.pixels
  for (let i = 0; i < src.length; i += 4) {
    const alpha = src[i + 3] * opacity
    for (let c = 0; c < 4; c++) {
      dst[i + c] = src[i + c] * opacity + dst[i + c] * (1 - alpha)
    }
  }
}

function toStraightRgba(canvas: Canvas): Uint8Array {
  const p = canvas.pixels
  const out = new Uint8Array(p.length)
  for (let i = 0; i < p.length; i += 4) {
    const alpha = Math.min(1, p[i + 3])
    out[i + 3] = Math.round(alpha * 255)
    if (out[i + 3] === 0) continue
    for (let c = 0; c < 3; c++) {
      out[i + c] = Math.round(Math.min(1, p[i + c] / alpha) * 255)
    }
  }
  return out
}

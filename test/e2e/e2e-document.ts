import { addLayer } from '../figma/build-fake-layers'
import type { FakeFigma } from '../figma/fake-figma'
import { imagePaint } from '../figma/image-paint'
import { makePng } from '../figma/make-png'
import { solidPaint } from '../figma/paints'
import type { Harness } from './harness'

/**
 * A mockup frame with children (the content) and a stripy painted image
 * layer (the style), both selected at launch as a designer would.
 */
export function buildMockupAndStyle(fake: FakeFigma) {
  const page = fake.currentPage
  const home = addLayer(fake, page, 'FRAME', {
    name: 'Home',
    x: 40,
    y: 30,
    width: 60,
    height: 40,
    fills: [solidPaint('#f4f5f8')]
  })
  addLayer(fake, home, 'RECTANGLE', {
    name: 'Header',
    width: 60,
    height: 8,
    fills: [solidPaint('#223355')]
  })
  addLayer(fake, home, 'RECTANGLE', {
    name: 'Card',
    x: 6,
    y: 14,
    width: 30,
    height: 20,
    fills: [solidPaint('#5577ee')]
  })
  const stripes = makePng(24, 24, (x, y) =>
    (x + 2 * y) % 8 < 4 ? [240, 190, 60, 255] : [30, 50, 120, 255]
  )
  const texture = addLayer(fake, page, 'RECTANGLE', {
    name: 'Texture',
    x: 200,
    width: 24,
    height: 24,
    fills: [imagePaint(fake.images.create(stripes).hash)]
  })
  return { home, texture }
}

/** Small and short, for a 2-core machine rendering WebGL in software. */
export async function setTinyRunAsync(
  h: Harness,
  steps: number
): Promise<void> {
  const advanced = h.ui.getByRole('checkbox', { name: 'Advanced' })
  if (!(await advanced.isChecked())) await advanced.click()
  await h.ui.getByLabel('Working size (long side, px)').fill('32')
  await h.ui.getByLabel('Steps', { exact: true }).fill(String(steps))
}

export function numTensorsAsync(h: Harness): Promise<number> {
  return h.evaluateInUiAsync<number>(
    'globalThis.styleTransferInspection.numTensors()'
  )
}

/** Waits until the engine has its backend and weights. */
export async function waitForEngineAsync(h: Harness): Promise<void> {
  await h.waitForTextAsync(/[Rr]uns on/, 120_000)
}

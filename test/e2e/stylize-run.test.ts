// End to end: the built sandbox against the in-process Figma, the built
// plugin window in headless Chromium on WebGL, joined as Figma joins them.
import assert from 'node:assert/strict'
import { afterEach, test } from 'node:test'

import { readPng } from '../figma/read-png'
import {
  buildMockupAndStyle,
  numTensorsAsync,
  setTinyRunAsync,
  waitForEngineAsync
} from './e2e-document'
import { startHarnessAsync, type Harness } from './harness'

let h: Harness | null = null

afterEach(async () => {
  await h?.closeAsync()
  h = null
})

async function launchAsync(webgl = true) {
  let layers: ReturnType<typeof buildMockupAndStyle> | null = null
  h = await startHarnessAsync({
    timeoutMs: 240_000,
    webgl,
    setup: (fake) => {
      layers = buildMockupAndStyle(fake)
      fake.api.currentPage.selection = [
        layers.home,
        layers.texture
      ] as unknown as SceneNode[]
    }
  })
  await waitForEngineAsync(h)
  return { h, layers: layers! }
}

test('a run writes exactly one result layer over the frame, and one undo removes it', async () => {
  const { h, layers } = await launchAsync()
  await h.waitForTextAsync('Home')
  await setTinyRunAsync(h, 3)
  const before = h.readDocument()
  const tensors = await numTensorsAsync(h)

  await h.clickButtonAsync('Stylize')
  const images = await h.waitForSandboxMessageAsync('RUN_IMAGES')
  await h.waitForSandboxMessageAsync('RUN_WRITTEN')

  const home = layers.home
  const results = home.children.filter((c) => c.name === 'Stylized - Texture')
  assert.equal(results.length, 1)
  assert.equal(home.children.length, 3, 'header, card, result')
  const result = results[0] as unknown as RectangleNode
  assert.equal(home.children.at(-1), results[0], 'the result is top-most')
  assert.deepEqual(
    [result.x, result.y, result.width, result.height],
    [0, 0, 60, 40]
  )
  const fills = result.fills as readonly Paint[]
  assert.equal(fills.length, 1)
  const paint = fills[0] as ImagePaint
  assert.equal(paint.type, 'IMAGE')
  assert.equal(paint.scaleMode, 'FILL')
  const png = h.fake.images.readPixels(paint.imageHash!)
  const content = images.content as {
    png: Uint8Array
    width: number
    height: number
  }
  const output = images.output as { width: number; height: number }
  assert.deepEqual(
    [output.width, output.height],
    [60, 40],
    "the frame's own size at 1x"
  )
  assert.deepEqual([png.width, png.height], [60, 40])
  assert.notDeepEqual(
    png.data,
    readPng(content.png).data,
    'the result differs from the content'
  )

  const after = h.readDocument()
  assert.deepEqual(
    after[0].children[0].fills,
    before[0].children[0].fills,
    "content's own fills unchanged"
  )
  assert.equal(await numTensorsAsync(h), tensors, 'no tensors left in the UI')
  assert.ok(h.fake.notifications.some((n) => /Stylized/.test(n.message)))
  await h.waitForTextAsync(/Stylized|Added/)

  h.fake.undo()
  assert.deepEqual(h.readDocument(), before, 'one undo step removes the result')
  assert.deepEqual(h.errors, [])
})

// On wasm: SwiftShader compiles shaders on the page's thread for tens of
// seconds at the start of a run, which only slows this test down.
test('Cancel halfway stops the run and leaves the document as it was', async () => {
  const { h } = await launchAsync(false)
  await setTinyRunAsync(h, 200)
  const before = h.readDocument()
  const tensors = await numTensorsAsync(h)

  await h.clickButtonAsync('Stylize')
  await h.waitForTextAsync(/Step [1-9]\d* of 200/)
  await h.clickButtonAsync('Cancel')
  await h.waitForTextAsync(/Cancelled/)

  assert.deepEqual(h.readDocument(), before)
  assert.equal(await numTensorsAsync(h), tensors)
  assert.deepEqual(h.errors, [])
})

test('a lost WebGL context mid-run falls back to WebAssembly and still finishes', async () => {
  const { h, layers } = await launchAsync()
  await setTinyRunAsync(h, 4)
  await h.clickButtonAsync('Stylize')
  await h.waitForTextAsync(/Step [1-9]\d* of 4/)
  assert.equal(
    await h.evaluateInUiAsync(
      'globalThis.styleTransferInspection.loseWebGlContext()'
    ),
    true
  )
  await h.waitForSandboxMessageAsync('RUN_WRITTEN')
  await h.waitForTextAsync(/WebAssembly/)
  assert.equal(
    await h.evaluateInUiAsync('globalThis.styleTransferInspection.backend()'),
    'wasm'
  )
  assert.equal(
    layers.home.children.filter((c) => c.name === 'Stylized - Texture').length,
    1
  )
})

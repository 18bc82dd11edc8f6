import assert from 'node:assert/strict'
import { test } from 'node:test'
import { addLayer } from '../figma/build-fake-layers'
import { FakeFigma } from '../figma/fake-figma'
import { solidPaint } from '../figma/paints'
import { readPng } from '../figma/read-png'
import { buildTestDocument } from './build-test-document'
import { launchPluginAsync } from './launch-plugin-async'
import {
  assertPluginBehaved,
  findMessage,
  readyAsync,
  startRunAsync,
  writeResultAsync
} from './run-helpers'

async function launchAsync(pick: 'home' | 'badge' = 'home') {
  const fake = new FakeFigma()
  const doc = buildTestDocument(fake)
  doc.page.data.selection = [doc[pick], doc.texture]
  await launchPluginAsync(fake)
  await readyAsync(fake)
  return { fake, ...doc }
}

test('RUN_IMAGES holds both layers as PNGs with the long side at size', async () => {
  const { fake } = await launchAsync()
  const { content, style } = await startRunAsync(fake, 'run-1', 64)
  assert.deepEqual([content.width, content.height], [64, 48])
  assert.deepEqual([style.width, style.height], [64, 64])
  const pixels = readPng(content.png)
  assert.deepEqual([pixels.width, pixels.height], [64, 48])
  // Home is white with a blue button at (5, 5); at scale 1.6, (16, 16).
  const at = (x: number, y: number) =>
    Array.from(pixels.data.slice((y * 64 + x) * 4, (y * 64 + x) * 4 + 4))
  assert.deepEqual(at(1, 1), [255, 255, 255, 255])
  assert.deepEqual(at(16, 16), [51, 102, 255, 255])
  assertPluginBehaved(fake)
})

test('a tall layer is exported by its height', async () => {
  const fake = new FakeFigma()
  const { page, texture } = buildTestDocument(fake)
  const pole = addLayer(fake, page, 'RECTANGLE', {
    name: 'Pole',
    width: 10,
    height: 40,
    fills: [solidPaint('#00ff00')]
  })
  page.data.selection = [pole, texture]
  await launchPluginAsync(fake)
  const { content } = await startRunAsync(fake, 'r', 100)
  assert.deepEqual([content.width, content.height], [25, 100])
})

test('a re-run exports the original, hiding the earlier result', async () => {
  const { fake, home } = await launchAsync()
  const first = await startRunAsync(fake, 'run-1', 40)
  await writeResultAsync(fake, first, 'run-1')
  const resultLayer = home.data.children.at(-1)
  assert.equal(resultLayer?.data.name, 'Stylized - Texture')
  const second = await startRunAsync(fake, 'run-2', 40)
  assert.deepEqual(second.content.png, first.content.png)
  assert.equal(resultLayer?.data.visible, true, 'shown again after export')
})

test('a re-run on a leaf layer hides its earlier result paint', async () => {
  const { fake, badge } = await launchAsync('badge')
  const first = await startRunAsync(fake, 'run-1', 24)
  await writeResultAsync(fake, first, 'run-1')
  const fills = badge.data.fills
  const second = await startRunAsync(fake, 'run-2', 24)
  assert.deepEqual(second.content.png, first.content.png)
  assert.deepEqual(badge.data.fills, fills, 'the result paint is back')
})

test('an export that fails is reported and leaves the document as it was', async () => {
  const { fake, home } = await launchAsync()
  const first = await startRunAsync(fake, 'run-1', 40)
  await writeResultAsync(fake, first, 'run-1')
  const before = fake.snapshot()
  let exports = 0
  Object.defineProperty(home, 'exportAsync', {
    value: async () => {
      exports += 1
      // The earlier result is hidden while Figma exports.
      assert.equal(home.data.children.at(-1)?.data.visible, false)
      throw new Error('renderer crashed')
    }
  })
  const replies = await fake.sendFromUiAsync({
    type: 'START_RUN',
    runId: 'run-2',
    size: 40
  })
  assert.equal(exports, 1)
  assert.equal(
    findMessage(replies, 'RUN_REFUSED').message,
    'Figma could not export “Home” (renderer crashed); try again.'
  )
  assert.deepEqual(fake.snapshot(), before)
})

test('an output size over 4096 is refused', async () => {
  const { fake } = await launchAsync()
  const replies = await fake.sendFromUiAsync({
    type: 'START_RUN',
    runId: 'r',
    size: 5000
  })
  assert.match(
    String(findMessage(replies, 'RUN_REFUSED').message),
    /^The output size can be at most 4096 px/
  )
})

test('a newer START_RUN supersedes one still exporting', async () => {
  const { fake } = await launchAsync()
  const mark = fake.postedToUi.length
  fake.sendFromUi({ type: 'START_RUN', runId: 'old', size: 32 })
  fake.sendFromUi({ type: 'START_RUN', runId: 'new', size: 32 })
  await fake.settleAsync()
  const images = fake.postedToUi
    .slice(mark)
    .filter((m) => (m as { type: string }).type === 'RUN_IMAGES')
  assert.deepEqual(
    images.map((m) => (m as { runId: string }).runId),
    ['new']
  )
})

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
  startRunMessage,
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

test('RUN_IMAGES holds the layers as PNGs with the long side at size', async () => {
  const { fake, texture } = await launchAsync()
  const { content, styles, output } = await startRunAsync(fake, {
    size: 64,
    resolution: 2
  })
  assert.deepEqual(output, { width: 80, height: 60 })
  assert.deepEqual([content.width, content.height], [64, 48])
  assert.equal(styles.length, 1)
  assert.equal(styles[0].layerId, texture.id)
  assert.deepEqual([styles[0].image.width, styles[0].image.height], [64, 64])
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
  await readyAsync(fake)
  const { content, output } = await startRunAsync(fake, {
    size: 100,
    resolution: 2
  })
  assert.deepEqual(output, { width: 20, height: 80 })
  assert.deepEqual([content.width, content.height], [20, 80])
})

test('a re-run exports the original, hiding the earlier result', async () => {
  const { fake, home } = await launchAsync()
  const first = await startRunAsync(fake, { runId: 'run-1', size: 40 })
  await writeResultAsync(fake, first)
  const resultLayer = home.data.children.at(-1)
  assert.equal(resultLayer?.data.name, 'Stylized - Texture')
  const second = await startRunAsync(fake, { runId: 'run-2', size: 40 })
  assert.deepEqual(second.content.png, first.content.png)
  assert.equal(resultLayer?.data.visible, true, 'shown again after export')
})

test('a re-run on a leaf layer hides its earlier result paint', async () => {
  const { fake, badge } = await launchAsync('badge')
  const first = await startRunAsync(fake, { runId: 'run-1', size: 24 })
  await writeResultAsync(fake, first)
  const fills = badge.data.fills
  const second = await startRunAsync(fake, { runId: 'run-2', size: 24 })
  assert.deepEqual(second.content.png, first.content.png)
  assert.deepEqual(badge.data.fills, fills, 'the result paint is back')
})

test('an export that fails is reported and leaves the document as it was', async () => {
  const { fake, home } = await launchAsync()
  const first = await startRunAsync(fake, { runId: 'run-1', size: 40 })
  await writeResultAsync(fake, first)
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
  const replies = await fake.sendFromUiAsync(
    startRunMessage(fake, { runId: 'run-2', size: 40 })
  )
  assert.equal(exports, 1)
  assert.equal(
    findMessage(replies, 'RUN_REFUSED').message,
    'Figma could not export “Home” (renderer crashed); try again.'
  )
  assert.deepEqual(fake.snapshot(), before)
})

test('an output size over 4096 is refused', async () => {
  const { fake } = await launchAsync()
  const replies = await fake.sendFromUiAsync(
    startRunMessage(fake, { runId: 'r', size: 5000 })
  )
  assert.match(
    String(findMessage(replies, 'RUN_REFUSED').message),
    /^The output size can be at most 4096 px/
  )
})

test('a newer START_RUN supersedes one still exporting', async () => {
  const { fake } = await launchAsync()
  const mark = fake.postedToUi.length
  fake.sendFromUi(startRunMessage(fake, { runId: 'old' }))
  fake.sendFromUi(startRunMessage(fake, { runId: 'new' }))
  await fake.settleAsync()
  const images = fake.postedToUi
    .slice(mark)
    .filter((m) => (m as { type: string }).type === 'RUN_IMAGES')
  assert.deepEqual(
    images.map((m) => (m as { runId: string }).runId),
    ['new']
  )
})

test('the output is the content times the resolution, at most 4096 a side', async () => {
  const fake = new FakeFigma()
  const { page, texture } = buildTestDocument(fake)
  const wide = addLayer(fake, page, 'RECTANGLE', {
    name: 'Wide',
    width: 3000.4,
    height: 1000.6,
    fills: [solidPaint('#00ff00')]
  })
  page.data.selection = [wide, texture]
  await launchPluginAsync(fake)
  await readyAsync(fake)
  const at = async (resolution: number, size = 64) =>
    (await startRunAsync(fake, { resolution, size })).output
  assert.deepEqual(await at(1), { width: 3000, height: 1001 })
  assert.deepEqual(await at(1.5), { width: 4096, height: 1366 })
  const capped = await startRunAsync(fake, { resolution: 2, size: 4096 })
  assert.deepEqual(capped.output, { width: 4096, height: 1366 })
  // The working size is the asked size, never more than the output.
  assert.deepEqual([capped.content.width, capped.content.height], [4096, 1366])
})

test('a working size over the output size is cut to it', async () => {
  const { fake } = await launchAsync()
  const { content, output } = await startRunAsync(fake, { size: 512 })
  assert.deepEqual(output, { width: 40, height: 30 })
  assert.deepEqual([content.width, content.height], [40, 30])
})

test('START_RUN for a layer that is not a content is refused', async () => {
  const { fake, texture, badge } = await launchAsync()
  for (const contentId of [texture.id, badge.id, 'no-such-layer']) {
    const before = fake.snapshot()
    const replies = await fake.sendFromUiAsync(
      startRunMessage(fake, { runId: 'x', contentId })
    )
    assert.equal(
      findMessage(replies, 'RUN_REFUSED').message,
      'That layer is no longer among those to stylize; select it again.'
    )
    assert.deepEqual(fake.snapshot(), before)
  }
  assertPluginBehaved(fake)
})

test('several style layers are exported in the order added, at one size', async () => {
  const fake = new FakeFigma()
  const doc = buildTestDocument(fake)
  doc.page.data.selection = [doc.home, doc.texture]
  await launchPluginAsync(fake)
  await readyAsync(fake)
  await fake.sendFromUiAsync({ type: 'ADD_STYLE', layerId: doc.badge.id })
  await fake.sendFromUiAsync({ type: 'ADD_STYLE', layerId: doc.card.id })
  const { styles } = await startRunAsync(fake, { size: 24 })
  assert.deepEqual(
    styles.map((s) => [s.layerId, s.image.width, s.image.height]),
    [
      [doc.texture.id, 24, 24],
      [doc.badge.id, 24, 12],
      [doc.card.id, 24, 16]
    ]
  )
  assertPluginBehaved(fake)
})

test('no style layer is no problem: the UI may hold an image file', async () => {
  const fake = new FakeFigma()
  const { page, home } = buildTestDocument(fake)
  page.data.selection = [home]
  await launchPluginAsync(fake)
  assert.equal((await readyAsync(fake)).problem, null)
  const images = await startRunAsync(fake)
  assert.deepEqual(images.styles, [])
  const replies = await writeResultAsync(fake, images)
  findMessage(replies, 'RUN_WRITTEN')
  assert.equal(home.data.children.at(-1)?.data.name, 'Stylized - Upload')
})

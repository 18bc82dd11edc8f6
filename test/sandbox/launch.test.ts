import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { LayerSummary } from '../../src/contract/messages'
import { addLayer } from '../figma/build-fake-layers'
import { FakeFigma } from '../figma/fake-figma'
import { imagePaint } from '../figma/image-paint'
import { makePng } from '../figma/make-png'
import { solidPaint } from '../figma/paints'
import { readPng } from '../figma/read-png'
import { buildTestDocument } from './build-test-document'
import { launchPluginAsync } from './launch-plugin-async'
import {
  assertPluginBehaved,
  findMessage,
  idsOf,
  readyAsync
} from './run-helpers'

test('the UI opens with theme colours at 320 × 600', async () => {
  const fake = new FakeFigma()
  await launchPluginAsync(fake)
  assert.deepEqual(fake.shownUi[0].options, {
    themeColors: true,
    width: 320,
    height: 600
  })
  assert.deepEqual(fake.postedToUi, [], 'nothing is sent before READY')
})

test('two layers at launch: the one with an image fill is the style', async () => {
  for (const order of ['content first', 'style first']) {
    const fake = new FakeFigma()
    const { page, home, texture } = buildTestDocument(fake)
    page.data.selection =
      order === 'content first' ? [home, texture] : [texture, home]
    await launchPluginAsync(fake)
    const layers = await readyAsync(fake)
    assert.deepEqual(idsOf(layers), [[home.id], [texture.id]], order)
    assert.equal(layers.problem, null)
    assertPluginBehaved(fake)
  }
})

test('two layers at launch, neither or both images: a batch of two', async () => {
  const fake = new FakeFigma()
  const { page, home, badge } = buildTestDocument(fake)
  page.data.selection = [badge, home]
  await launchPluginAsync(fake)
  assert.deepEqual(idsOf(await readyAsync(fake)), [[badge.id, home.id], []])

  const both = new FakeFigma()
  const png = makePng(4, 4, () => [9, 9, 9, 255])
  const hash = both.images.create(png).hash
  const big = addLayer(both, both.currentPage, 'RECTANGLE', {
    width: 50,
    height: 50,
    fills: [imagePaint(hash)]
  })
  const small = addLayer(both, both.currentPage, 'RECTANGLE', {
    width: 5,
    height: 50,
    fills: [imagePaint(hash)]
  })
  both.currentPage.data.selection = [small, big]
  await launchPluginAsync(both)
  assert.deepEqual(idsOf(await readyAsync(both)), [[small.id, big.id], []])
})

test('one layer at launch is the content; three are a batch', async () => {
  const fake = new FakeFigma()
  const { page, home } = buildTestDocument(fake)
  page.data.selection = [home]
  await launchPluginAsync(fake)
  assert.deepEqual(idsOf(await readyAsync(fake)), [[home.id], []])

  const three = new FakeFigma()
  const doc = buildTestDocument(three)
  doc.page.data.selection = [doc.home, doc.badge, doc.texture]
  await launchPluginAsync(three)
  const layers = await readyAsync(three)
  assert.deepEqual(idsOf(layers), [
    [doc.home.id, doc.badge.id, doc.texture.id],
    []
  ])
  assert.equal(layers.problem, null)
  const [first, ...rest] = layers.contents
  assert.ok(first.thumbnail instanceof Uint8Array)
  assert.deepEqual(
    rest.map((l) => l.thumbnail),
    [null, null],
    'only the first content has a thumbnail'
  )
})

test('READY sends LAYERS with PNG thumbnails, long side 96 at most', async () => {
  const fake = new FakeFigma()
  const { page, home, texture } = buildTestDocument(fake)
  page.data.selection = [home, texture]
  await launchPluginAsync(fake)
  const layers = await readyAsync(fake)
  const content = layers.contents[0]
  assert.deepEqual(
    [content.name, content.width, content.height],
    ['Home', 40, 30]
  )
  const thumbnail = readPng(content.thumbnail as Uint8Array)
  assert.deepEqual([thumbnail.width, thumbnail.height], [96, 72])
  const style = readPng(layers.styles[0].thumbnail as Uint8Array)
  assert.deepEqual([style.width, style.height], [96, 96])
})

test('STYLE_CANDIDATES lists the image-filled layers of the page', async () => {
  const fake = new FakeFigma()
  const { texture, home } = buildTestDocument(fake)
  const png = makePng(4, 4, () => [1, 2, 3, 255])
  const hidden = addLayer(fake, home, 'RECTANGLE', {
    name: 'Photo',
    fills: [imagePaint(fake.images.create(png).hash)]
  })
  await launchPluginAsync(fake)
  const replies = await fake.sendFromUiAsync({ type: 'READY' })
  const { layers } = findMessage(replies, 'STYLE_CANDIDATES')
  const summaries = layers as LayerSummary[]
  assert.deepEqual(
    summaries.map((l) => l.id),
    [hidden.id, texture.id],
    'in layer order, nested ones too'
  )
  for (const layer of summaries) {
    assert.ok(layer.thumbnail instanceof Uint8Array)
  }
  assertPluginBehaved(fake)
})

test('STYLE_CANDIDATES stops at 50 and a huge page does not block', async () => {
  const fake = new FakeFigma()
  const hash = fake.images.create(makePng(2, 2, () => [5, 5, 5, 255])).hash
  for (let i = 0; i < 6000; i++) {
    const image = i % 100 === 0
    addLayer(fake, fake.currentPage, 'RECTANGLE', {
      name: `Layer ${i}`,
      width: 4,
      height: 4,
      fills: image ? [imagePaint(hash)] : [solidPaint('#808080')]
    })
  }
  for (let i = 0; i < 60; i++) {
    addLayer(fake, fake.currentPage, 'RECTANGLE', {
      name: `Image ${i}`,
      fills: [imagePaint(hash)]
    })
  }
  await launchPluginAsync(fake)
  // Timers keep firing during the scan: Figma's event loop is not starved.
  let ticks = 0
  const ticker = setInterval(() => (ticks += 1), 0)
  const started = Date.now()
  const replies = await fake.sendFromUiAsync({ type: 'READY' })
  clearInterval(ticker)
  const { layers } = findMessage(replies, 'STYLE_CANDIDATES')
  assert.equal((layers as LayerSummary[]).length, 50)
  assert.ok(ticks > 5, `the scan yielded (${ticks} ticks)`)
  assert.ok(Date.now() - started < 10_000)
})

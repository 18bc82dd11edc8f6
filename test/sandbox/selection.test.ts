import assert from 'node:assert/strict'
import { test } from 'node:test'
import { FakeFigma } from '../figma/fake-figma'
import { buildTestDocument } from './build-test-document'
import { launchPluginAsync } from './launch-plugin-async'
import {
  assertPluginBehaved,
  findMessage,
  idsOf,
  lastLayers,
  readyAsync,
  type Layers
} from './run-helpers'

async function launchAsync() {
  const fake = new FakeFigma()
  const doc = buildTestDocument(fake)
  doc.page.data.selection = [doc.home, doc.texture]
  await launchPluginAsync(fake)
  await readyAsync(fake)
  return { fake, ...doc }
}

test('the contents follow the selection; the styles stay', async () => {
  const { fake, badge, card, texture } = await launchAsync()
  await fake.selectAsync([badge])
  assert.deepEqual(idsOf(lastLayers(fake)), [[badge.id], [texture.id]])
  await fake.selectAsync([card, badge])
  assert.deepEqual(idsOf(lastLayers(fake)), [[card.id, badge.id], [texture.id]])
  await fake.selectAsync([])
  const layers = lastLayers(fake)
  assert.deepEqual(idsOf(layers), [[], [texture.id]])
  assert.equal(layers.problem, 'Select a layer to stylize.')
  assertPluginBehaved(fake)
})

test('a selected style layer is no content', async () => {
  const { fake, badge, texture } = await launchAsync()
  await fake.selectAsync([texture, badge])
  assert.deepEqual(idsOf(lastLayers(fake)), [[badge.id], [texture.id]])
  await fake.selectAsync([texture])
  assert.equal(lastLayers(fake).problem, 'Select a layer to stylize.')
})

test('a slow LAYERS refresh never overwrites a newer one', async () => {
  const { fake, badge, card, home } = await launchAsync()
  const mark = fake.postedToUi.length
  // Three changes, each awaited by Figma only after the previous started.
  fake.currentPage.selection = [badge] as unknown as SceneNode[]
  await new Promise((resolve) => setTimeout(resolve, 0))
  fake.currentPage.selection = [card] as unknown as SceneNode[]
  await new Promise((resolve) => setTimeout(resolve, 0))
  fake.currentPage.selection = [home] as unknown as SceneNode[]
  await fake.settleAsync()
  const sent = (fake.postedToUi.slice(mark) as Layers[]).filter(
    (m) => m.type === 'LAYERS'
  )
  assert.deepEqual(idsOf(sent.at(-1))[0], [home.id])
  assert.ok(sent.length < 3, `stale refreshes were dropped (${sent.length})`)
})

test('deleting the selected content drops it from the selection', async () => {
  const { fake, badge } = await launchAsync()
  await fake.selectAsync([badge])
  await fake.deleteAsync(badge)
  assert.equal(lastLayers(fake).problem, 'Select a layer to stylize.')
})

test('SWAP exchanges content and first style until the selection changes', async () => {
  const { fake, home, texture, badge } = await launchAsync()
  const replies = await fake.sendFromUiAsync({ type: 'SWAP' })
  assert.deepEqual(idsOf(findMessage(replies, 'LAYERS')), [
    [texture.id],
    [home.id]
  ])
  await fake.selectAsync([badge])
  assert.deepEqual(idsOf(lastLayers(fake)), [[badge.id], [home.id]])
  await fake.sendFromUiAsync({ type: 'SWAP' })
  assert.deepEqual(idsOf(lastLayers(fake)), [[home.id], [badge.id]])
})

test('SWAP needs one content and a style layer', async () => {
  const { fake, badge, card } = await launchAsync()
  await fake.selectAsync([badge, card])
  const replies = await fake.sendFromUiAsync({ type: 'SWAP' })
  assert.deepEqual(replies, [
    {
      type: 'ERROR',
      message: 'Swap needs one layer to stylize and one style layer.'
    }
  ])
  assertPluginBehaved(fake)
})

test('switching pages refreshes the candidates and the contents', async () => {
  const { fake, texture } = await launchAsync()
  const other = fake.addPage('Page 2')
  const mark = fake.postedToUi.length
  await fake.switchPageAsync(other)
  const replies = fake.postedToUi.slice(mark)
  assert.deepEqual(findMessage(replies, 'STYLE_CANDIDATES').layers, [])
  assert.deepEqual(idsOf(findMessage(replies, 'LAYERS')), [[], [texture.id]])
})

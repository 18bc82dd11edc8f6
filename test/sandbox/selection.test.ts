import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { LayerSummary } from '../../src/contract/messages'
import { FakeFigma } from '../figma/fake-figma'
import { buildTestDocument } from './build-test-document'
import { launchPluginAsync } from './launch-plugin-async'
import { assertPluginBehaved, findMessage, readyAsync } from './run-helpers'

type Layers = Record<string, unknown>

function idsOf(layers: Layers) {
  return [
    (layers.content as LayerSummary | null)?.id ?? null,
    (layers.style as LayerSummary | null)?.id ?? null
  ]
}

function lastLayers(fake: FakeFigma): Layers {
  const all = fake.postedToUi as Layers[]
  return all.filter((m) => m.type === 'LAYERS').at(-1) as Layers
}

async function launchAsync() {
  const fake = new FakeFigma()
  const doc = buildTestDocument(fake)
  doc.page.data.selection = [doc.home, doc.texture]
  await launchPluginAsync(fake)
  await readyAsync(fake)
  return { fake, ...doc }
}

test('content follows the selection; the style stays pinned', async () => {
  const { fake, badge, card, texture } = await launchAsync()
  await fake.selectAsync([badge])
  assert.deepEqual(idsOf(lastLayers(fake)), [badge.id, texture.id])
  await fake.selectAsync([card])
  assert.deepEqual(idsOf(lastLayers(fake)), [card.id, texture.id])
  await fake.selectAsync([])
  const layers = lastLayers(fake)
  assert.deepEqual(idsOf(layers), [null, texture.id])
  assert.equal(layers.problem, 'Select a layer to stylize.')
  await fake.selectAsync([badge, card])
  assert.match(String(lastLayers(fake).problem), /^2 layers are selected/)
  assertPluginBehaved(fake)
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
  assert.equal(idsOf(sent.at(-1) as Layers)[0], home.id)
  assert.ok(sent.length < 3, `stale refreshes were dropped (${sent.length})`)
})

test('deleting the selected content drops it from the selection', async () => {
  const { fake, badge } = await launchAsync()
  await fake.selectAsync([badge])
  await fake.deleteAsync(badge)
  assert.equal(lastLayers(fake).problem, 'Select a layer to stylize.')
})

test('Use selection as style pins the selected layer', async () => {
  const { fake, badge, home } = await launchAsync()
  await fake.selectAsync([badge])
  await fake.sendFromUiAsync({ type: 'PIN_STYLE_FROM_SELECTION' })
  let layers = lastLayers(fake)
  assert.deepEqual(idsOf(layers), [badge.id, badge.id])
  assert.match(String(layers.problem), /^Content and style are the same layer/)
  await fake.selectAsync([home])
  layers = lastLayers(fake)
  assert.deepEqual(idsOf(layers), [home.id, badge.id])
  assert.equal(layers.problem, null)
})

test('Use selection as style needs exactly one selected layer', async () => {
  const { fake, badge, card, texture } = await launchAsync()
  for (const selection of [[], [badge, card]]) {
    await fake.selectAsync(selection)
    const replies = await fake.sendFromUiAsync({
      type: 'PIN_STYLE_FROM_SELECTION'
    })
    assert.deepEqual(replies, [
      {
        type: 'ERROR',
        message: 'Select one layer, then click Use selection as style.'
      }
    ])
    assert.equal(
      fake.notifications.at(-1)?.message,
      'Select one layer, then click Use selection as style.'
    )
  }
  await fake.selectAsync([badge])
  assert.deepEqual(idsOf(lastLayers(fake)), [badge.id, texture.id])
})

test('CHOOSE_STYLE pins a candidate by id', async () => {
  const { fake, home, badge } = await launchAsync()
  const replies = await fake.sendFromUiAsync({
    type: 'CHOOSE_STYLE',
    layerId: badge.id
  })
  assert.deepEqual(idsOf(findMessage(replies, 'LAYERS')), [home.id, badge.id])
})

test('CHOOSE_STYLE of a deleted candidate says so and refreshes the list', async () => {
  const { fake, badge } = await launchAsync()
  badge.remove()
  const replies = await fake.sendFromUiAsync({
    type: 'CHOOSE_STYLE',
    layerId: badge.id
  })
  assert.equal(
    findMessage(replies, 'LAYERS').problem,
    'The style layer was deleted; choose another style.'
  )
  findMessage(replies, 'STYLE_CANDIDATES')
})

test('SWAP exchanges content and style until the selection changes', async () => {
  const { fake, home, texture, badge } = await launchAsync()
  const replies = await fake.sendFromUiAsync({ type: 'SWAP' })
  assert.deepEqual(idsOf(findMessage(replies, 'LAYERS')), [texture.id, home.id])
  await fake.selectAsync([badge])
  assert.deepEqual(idsOf(lastLayers(fake)), [badge.id, home.id])
  await fake.sendFromUiAsync({ type: 'SWAP' })
  assert.deepEqual(idsOf(lastLayers(fake)), [home.id, badge.id])
})

test('switching pages refreshes the candidates and the content', async () => {
  const { fake, texture } = await launchAsync()
  const other = fake.addPage('Page 2')
  const mark = fake.postedToUi.length
  await fake.switchPageAsync(other)
  const replies = fake.postedToUi.slice(mark)
  assert.deepEqual(findMessage(replies, 'STYLE_CANDIDATES').layers, [])
  assert.deepEqual(idsOf(findMessage(replies, 'LAYERS')), [null, texture.id])
})

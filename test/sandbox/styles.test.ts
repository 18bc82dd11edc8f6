import assert from 'node:assert/strict'
import { test } from 'node:test'
import { addLayer } from '../figma/build-fake-layers'
import { FakeFigma } from '../figma/fake-figma'
import { imagePaint } from '../figma/image-paint'
import { makePng } from '../figma/make-png'
import { buildTestDocument } from './build-test-document'
import { launchPluginAsync } from './launch-plugin-async'
import {
  assertPluginBehaved,
  findMessage,
  idsOf,
  lastLayers,
  readyAsync
} from './run-helpers'

const TOO_MANY = 'At most 3 styles blend in one run; remove one to add another.'

/** Home selected alone, and three more image layers to pick as styles. */
async function launchAsync() {
  const fake = new FakeFigma()
  const doc = buildTestDocument(fake)
  const hash = fake.images.create(makePng(4, 4, () => [90, 20, 200, 255])).hash
  const photos = [1, 2, 3].map((n) =>
    addLayer(fake, doc.page, 'RECTANGLE', {
      name: `Photo ${n}`,
      x: 600 + n * 20,
      width: 10,
      height: 10,
      fills: [imagePaint(hash)]
    })
  )
  doc.page.data.selection = [doc.home]
  await launchPluginAsync(fake)
  await readyAsync(fake)
  return { fake, photos, ...doc }
}

async function addStyleAsync(fake: FakeFigma, layerId: string) {
  return fake.sendFromUiAsync({ type: 'ADD_STYLE', layerId })
}

test('ADD_STYLE adds styles in order, up to three', async () => {
  const { fake, home, texture, photos } = await launchAsync()
  for (const layer of [texture, photos[0], photos[1]]) {
    findMessage(await addStyleAsync(fake, layer.id), 'LAYERS')
  }
  const ids = [texture.id, photos[0].id, photos[1].id]
  assert.deepEqual(idsOf(lastLayers(fake)), [[home.id], ids])
  for (const style of lastLayers(fake).styles) {
    assert.ok(style.thumbnail instanceof Uint8Array, 'styles have thumbnails')
  }
  assert.deepEqual(await addStyleAsync(fake, texture.id), [], 'already one')
  assert.deepEqual(await addStyleAsync(fake, photos[2].id), [
    { type: 'ERROR', message: TOO_MANY }
  ])
  assert.deepEqual(idsOf(lastLayers(fake))[1], ids)
  assertPluginBehaved(fake)
})

test('REMOVE_STYLE takes a style out, leaving the others in order', async () => {
  const { fake, texture, photos } = await launchAsync()
  for (const layer of [texture, photos[0], photos[1]]) {
    await addStyleAsync(fake, layer.id)
  }
  const replies = await fake.sendFromUiAsync({
    type: 'REMOVE_STYLE',
    layerId: photos[0].id
  })
  assert.deepEqual(idsOf(findMessage(replies, 'LAYERS'))[1], [
    texture.id,
    photos[1].id
  ])
  findMessage(await addStyleAsync(fake, photos[2].id), 'LAYERS')
  assert.equal(lastLayers(fake).styles.length, 3)
})

test('a removed style that is selected becomes a content again', async () => {
  const { fake, home, texture } = await launchAsync()
  await fake.selectAsync([home, texture])
  assert.deepEqual(idsOf(lastLayers(fake)), [[home.id, texture.id], []])
  await addStyleAsync(fake, texture.id)
  assert.deepEqual(idsOf(lastLayers(fake)), [[home.id], [texture.id]])
  await fake.sendFromUiAsync({ type: 'REMOVE_STYLE', layerId: texture.id })
  assert.deepEqual(idsOf(lastLayers(fake)), [[home.id, texture.id], []])
})

test('ADD_STYLE of a deleted candidate says so and refreshes the list', async () => {
  const { fake, texture } = await launchAsync()
  texture.remove()
  const replies = await addStyleAsync(fake, texture.id)
  assert.equal(
    findMessage(replies, 'ERROR').message,
    'That layer was deleted; pick another style.'
  )
  findMessage(replies, 'STYLE_CANDIDATES')
  assertPluginBehaved(fake)
})

test('Use selection as style adds the selected image layers', async () => {
  const { fake, home, badge, texture, photos } = await launchAsync()
  await fake.selectAsync([home, texture, photos[0], badge])
  const replies = await fake.sendFromUiAsync({
    type: 'PIN_STYLE_FROM_SELECTION'
  })
  assert.deepEqual(idsOf(findMessage(replies, 'LAYERS')), [
    [home.id, badge.id],
    [texture.id, photos[0].id]
  ])
  // Two more images, one place left: the first fits, the other is refused.
  await fake.selectAsync([photos[1], photos[2]])
  const more = await fake.sendFromUiAsync({ type: 'PIN_STYLE_FROM_SELECTION' })
  assert.equal(findMessage(more, 'ERROR').message, TOO_MANY)
  assert.deepEqual(idsOf(findMessage(more, 'LAYERS'))[1], [
    texture.id,
    photos[0].id,
    photos[1].id
  ])
  assertPluginBehaved(fake)
})

test('Use selection as style needs a selected image layer', async () => {
  const { fake, badge, card } = await launchAsync()
  for (const selection of [[], [badge, card]]) {
    await fake.selectAsync(selection)
    const replies = await fake.sendFromUiAsync({
      type: 'PIN_STYLE_FROM_SELECTION'
    })
    const sentence =
      'Select a layer with an image fill, then click Use selection as style.'
    assert.deepEqual(replies, [{ type: 'ERROR', message: sentence }])
    assert.equal(fake.notifications.at(-1)?.message, sentence)
  }
  assert.deepEqual(idsOf(lastLayers(fake)), [[badge.id, card.id], []])
})

test('a deleted style layer is named once and dropped from the styles', async () => {
  const { fake, texture, photos } = await launchAsync()
  await addStyleAsync(fake, texture.id)
  await addStyleAsync(fake, photos[0].id)
  texture.remove()
  const replies = await fake.sendFromUiAsync({ type: 'READY' })
  const layers = findMessage(replies, 'LAYERS')
  assert.equal(
    layers.problem,
    'The style “Texture” was deleted; check the styles, then try again.'
  )
  assert.deepEqual(idsOf(layers)[1], [photos[0].id])
  const again = findMessage(
    await fake.sendFromUiAsync({ type: 'READY' }),
    'LAYERS'
  )
  assert.equal(again.problem, null)
})

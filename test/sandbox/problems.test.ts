import assert from 'node:assert/strict'
import { test } from 'node:test'
import { findContentProblem } from '../../src/selection/find-content-problem'
import { addLayer } from '../figma/build-fake-layers'
import { FakeFigma } from '../figma/fake-figma'
import { imagePaint } from '../figma/image-paint'
import { makePng } from '../figma/make-png'
import { solidPaint } from '../figma/paints'
import { buildTestDocument } from './build-test-document'
import { launchPluginAsync } from './launch-plugin-async'
import { assertPluginBehaved, findMessage, readyAsync } from './run-helpers'

/** Launches with this selection and returns LAYERS' problem sentence. */
async function problemAtLaunchAsync(
  arrange: (fake: FakeFigma, doc: ReturnType<typeof buildTestDocument>) => void
): Promise<unknown> {
  const fake = new FakeFigma()
  const doc = buildTestDocument(fake)
  arrange(fake, doc)
  await launchPluginAsync(fake)
  const before = fake.snapshot()
  const { problem } = await readyAsync(fake)
  // A refused run says the same, notifies, and changes nothing.
  const contentId = fake.currentPage.selection[0]?.id ?? 'none'
  const replies = await fake.sendFromUiAsync({
    type: 'START_RUN',
    runId: 'r',
    contentId,
    size: 32,
    resolution: 1
  })
  if (problem !== null && contentId !== 'none') {
    assert.deepEqual(findMessage(replies, 'RUN_REFUSED').message, problem)
    assert.equal(fake.notifications.at(-1)?.message, problem)
  }
  assert.deepEqual(fake.snapshot(), before)
  assertPluginBehaved(fake)
  return problem
}

test('nothing selected', async () => {
  assert.equal(
    await problemAtLaunchAsync(() => {}),
    'Select a layer to stylize.'
  )
})

test('no style layer is no problem of the sandbox', async () => {
  const problem = await problemAtLaunchAsync((_, { page, home }) => {
    page.data.selection = [home]
  })
  assert.equal(problem, null)
})

test('the style layer was deleted meanwhile', async () => {
  const fake = new FakeFigma()
  const { page, home, texture } = buildTestDocument(fake)
  page.data.selection = [home]
  await launchPluginAsync(fake)
  await readyAsync(fake)
  await fake.sendFromUiAsync({ type: 'ADD_STYLE', layerId: texture.id })
  // Not selected, so Figma tells the plugin nothing.
  await fake.deleteAsync(texture)
  const before = fake.snapshot()
  const replies = await fake.sendFromUiAsync({
    type: 'START_RUN',
    runId: 'r',
    contentId: home.id,
    size: 32,
    resolution: 1
  })
  const sentence =
    'The style “Texture” was deleted; check the styles, then try again.'
  assert.deepEqual(replies[0], {
    type: 'RUN_REFUSED',
    runId: 'r',
    message: sentence
  })
  // The UI hears which styles are left.
  assert.deepEqual(findMessage(replies, 'LAYERS').styles, [])
  assert.deepEqual(fake.notifications.at(-1), {
    message: sentence,
    options: { error: true }
  })
  assert.deepEqual(fake.snapshot(), before)
})

test('the content was deleted after a swap', async () => {
  const fake = new FakeFigma()
  const { page, home, texture, badge } = buildTestDocument(fake)
  page.data.selection = [home, texture]
  await launchPluginAsync(fake)
  await readyAsync(fake)
  await fake.selectAsync([badge])
  await fake.sendFromUiAsync({ type: 'SWAP' })
  await fake.deleteAsync(texture)
  const replies = await fake.sendFromUiAsync({ type: 'READY' })
  assert.equal(
    findMessage(replies, 'LAYERS').problem,
    'The layer to stylize was deleted; select another one.'
  )
})

test('a layer with no width or height', async () => {
  const problem = await problemAtLaunchAsync((fake, { page, texture }) => {
    const line = addLayer(fake, page, 'RECTANGLE', {
      name: 'Line',
      width: 50,
      height: 0,
      fills: [solidPaint('#000000')]
    })
    page.data.selection = [line, texture]
  })
  assert.equal(
    problem,
    '“Line” has no width or height; pick a layer with an area.'
  )
})

test('a fully transparent content or style', async () => {
  const clear = await problemAtLaunchAsync((fake, { page, texture }) => {
    const glass = addLayer(fake, page, 'FRAME', {
      name: 'Glass',
      fills: [solidPaint('#ffffff', 0)]
    })
    addLayer(fake, glass, 'RECTANGLE', { name: 'Ghost', visible: false })
    page.data.selection = [glass, texture]
  })
  assert.equal(
    clear,
    '“Glass” has no visible pixels; show it or pick another layer.'
  )
  const hidden = await problemAtLaunchAsync((fake, { page, home }) => {
    const photoHash = fake.images.create(
      makePng(1, 1, () => [1, 2, 3, 255])
    ).hash
    const style = addLayer(fake, page, 'RECTANGLE', {
      name: 'Faded',
      width: 5,
      height: 5,
      opacity: 0,
      fills: [imagePaint(photoHash)]
    })
    page.data.selection = [home, style]
  })
  assert.equal(
    hidden,
    '“Faded” has no visible pixels; show it or pick another layer.'
  )
})

test('a frame inside an instance takes no result', async () => {
  const problem = await problemAtLaunchAsync((fake, doc) => {
    const inner = addLayer(fake, doc.cardInstance, 'FRAME', { name: 'Inner' })
    addLayer(fake, inner, 'RECTANGLE', { fills: [solidPaint('#ff0000')] })
    doc.page.data.selection = [inner, doc.texture]
  })
  assert.equal(
    problem,
    '“Inner” is inside an instance, which takes no new layers; ' +
      'pick the instance itself.'
  )
})

test('more layers selected than a batch holds', async () => {
  const problem = await problemAtLaunchAsync((fake, { page }) => {
    page.data.selection = Array.from({ length: 101 }, (_, i) =>
      addLayer(fake, page, 'RECTANGLE', { name: `Tile ${i}` })
    )
  })
  assert.equal(
    problem,
    '101 layers are selected; select at most 100 to stylize.'
  )
})

test('long layer names are cut inside sentences', async () => {
  const problem = await problemAtLaunchAsync((fake, { page, texture }) => {
    const line = addLayer(fake, page, 'RECTANGLE', {
      name: 'A very long layer name that goes on and on and on',
      height: 0
    })
    page.data.selection = [line, texture]
  })
  assert.equal(
    problem,
    '“A very long layer name that goe…” has no width or height; ' +
      'pick a layer with an area.'
  )
})

// The fake neither rotates layers nor has text; these read plain objects.
test('a rotated content or one that cannot hold a result', () => {
  const layer = (fields: Record<string, unknown>) =>
    ({
      name: 'Layer',
      type: 'RECTANGLE',
      width: 10,
      height: 10,
      fills: [],
      parent: null,
      absoluteTransform: [
        [1, 0, 0],
        [0, 1, 0]
      ],
      ...fields
    }) as unknown as SceneNode
  const turned = [
    [0, -1, 0],
    [1, 0, 0]
  ]
  assert.equal(
    findContentProblem(layer({ absoluteTransform: turned })),
    '“Layer” is rotated on the canvas; set its rotation to 0° to stylize it.'
  )
  assert.equal(
    findContentProblem(layer({ type: 'TEXT', fills: Symbol('mixed') })),
    "“Layer” can't hold a result; pick a frame, group, component or shape."
  )
  assert.equal(
    findContentProblem(layer({ type: 'SLICE' })),
    findContentProblem(layer({ type: 'TEXT', fills: Symbol('mixed') }))
  )
  assert.equal(findContentProblem(layer({})), null)
})

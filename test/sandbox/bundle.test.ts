import assert from 'node:assert/strict'
import { test } from 'node:test'
import { FakeFigma } from '../figma/fake-figma'
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

// The same journey as the other tests, through the bundle build.mjs makes
// for dist/code.js, run as a script in a realm of its own as in Figma.

test('the built bundle stylizes a frame end to end', async () => {
  const fake = new FakeFigma()
  const { page, home, texture } = buildTestDocument(fake)
  page.data.selection = [home, texture]
  await launchPluginAsync(fake, 'bundle')
  assert.equal(fake.shownUi.length, 1)
  const layers = await readyAsync(fake)
  assert.equal(layers.problem, null)

  const before = fake.snapshot()
  const images = await startRunAsync(fake, 'run-1', 40)
  assert.deepEqual(fake.snapshot(), before)
  const replies = await writeResultAsync(fake, images, 'run-1')
  assert.equal(
    findMessage(replies, 'RUN_WRITTEN').layerName,
    'Stylized - Texture'
  )
  const result = home.data.children.at(-1)
  assert.deepEqual(result?.absoluteBoundingBox, home.absoluteBoundingBox)
  const paint = result?.data.fills[0] as ImagePaint
  const written = fake.images.readPixels(paint.imageHash as string)
  assert.deepEqual([written.width, written.height], [40, 30])
  assert.deepEqual(
    [readPng(images.style.png).width, images.style.height],
    [40, 40]
  )
  fake.undo()
  assert.deepEqual(fake.snapshot(), before)
  assertPluginBehaved(fake)
})

test('the bundle rejects malformed messages and follows the selection', async () => {
  const fake = new FakeFigma()
  const { badge } = buildTestDocument(fake)
  await launchPluginAsync(fake, 'bundle')
  await readyAsync(fake)
  const [error] = await fake.sendFromUiAsync({ type: 'SWAP', extra: 1 })
  assert.equal((error as { type: string }).type, 'LAYERS', 'extra fields pass')
  const [junk] = await fake.sendFromUiAsync({ type: 42 })
  assert.equal((junk as { type: string }).type, 'ERROR')
  await fake.selectAsync([badge])
  const layers = fake.postedToUi.at(-1) as { content: { id: string } }
  assert.equal(layers.content.id, badge.id)
})

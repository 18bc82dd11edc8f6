import assert from 'node:assert/strict'
import { test } from 'node:test'
import { RUN_RECORD_KEY } from '../../src/constants'
import { FakeFigma } from '../figma/fake-figma'
import { readPng } from '../figma/read-png'
import { buildTestDocument } from './build-test-document'
import { launchPluginAsync } from './launch-plugin-async'
import {
  assertPluginBehaved,
  findMessage,
  idsOf,
  lastLayers,
  makeRecord,
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
  const images = await startRunAsync(fake, { runId: 'run-1', size: 40 })
  assert.deepEqual(fake.snapshot(), before)
  const replies = await writeResultAsync(fake, images)
  assert.equal(
    findMessage(replies, 'RUN_WRITTEN').layerName,
    'Stylized - Texture'
  )
  const result = home.data.children.at(-1)
  assert.deepEqual(result?.absoluteBoundingBox, home.absoluteBoundingBox)
  const paint = result?.data.fills[0] as ImagePaint
  const written = fake.images.readPixels(paint.imageHash as string)
  assert.deepEqual([written.width, written.height], [40, 30])
  const style = images.styles[0].image
  assert.deepEqual([readPng(style.png).width, style.height], [40, 40])
  const record = JSON.parse(result?.data.pluginData[RUN_RECORD_KEY] ?? '')
  assert.deepEqual(record, makeRecord(images))
  assert.deepEqual(result?.data.relaunchData, {
    restyle: 'Restyle with the same styles and settings'
  })
  fake.undo()
  assert.deepEqual(fake.snapshot(), before)
  assertPluginBehaved(fake)
})

test('the bundle rejects malformed messages and follows the selection', async () => {
  const fake = new FakeFigma()
  const { badge } = buildTestDocument(fake)
  await launchPluginAsync(fake, 'bundle')
  await readyAsync(fake)
  const [error] = await fake.sendFromUiAsync({
    type: 'REMOVE_STYLE',
    layerId: 'none',
    extra: 1
  })
  assert.equal((error as { type: string }).type, 'LAYERS', 'extra fields pass')
  const [junk] = await fake.sendFromUiAsync({ type: 42 })
  assert.equal((junk as { type: string }).type, 'ERROR')
  await fake.selectAsync([badge])
  assert.deepEqual(idsOf(lastLayers(fake)), [[badge.id], []])
})

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { RESULT_FOR_KEY } from '../../src/constants'
import { addLayer } from '../figma/build-fake-layers'
import { FakeFigma } from '../figma/fake-figma'
import { solidPaint } from '../figma/paints'
import { buildTestDocument } from './build-test-document'
import { launchPluginAsync } from './launch-plugin-async'
import {
  assertPluginBehaved,
  findMessage,
  readyAsync,
  startRunAsync,
  writeResultAsync
} from './run-helpers'

/** Frames with a child each, so each result is a rectangle inside. */
function addFrames(fake: FakeFigma, count: number) {
  return Array.from({ length: count }, (_, i) => {
    const frame = addLayer(fake, fake.currentPage, 'FRAME', {
      name: `Screen ${i}`,
      x: i * 50,
      y: 500,
      width: 40,
      height: 20 + i,
      fills: [solidPaint('#ffffff')]
    })
    addLayer(fake, frame, 'RECTANGLE', { fills: [solidPaint('#ff0000')] })
    return frame
  })
}

test('a batch: each run writes one result, each its own undo step', async () => {
  const fake = new FakeFigma()
  const { page, texture } = buildTestDocument(fake)
  const frames = addFrames(fake, 3)
  page.data.selection = frames
  await launchPluginAsync(fake)
  await readyAsync(fake)
  await fake.sendFromUiAsync({ type: 'ADD_STYLE', layerId: texture.id })
  const snapshots = [fake.snapshot()]
  for (const [i, frame] of frames.entries()) {
    const images = await startRunAsync(fake, {
      runId: `run-${i}`,
      contentId: frame.id
    })
    assert.deepEqual(images.output, { width: 40, height: 20 + i })
    const replies = await writeResultAsync(fake, images)
    findMessage(replies, 'RUN_WRITTEN')
    snapshots.push(fake.snapshot())
  }
  for (const frame of frames) {
    const results = frame.data.children.filter(
      (c) => c.data.pluginData[RESULT_FOR_KEY] === frame.id
    )
    assert.equal(results.length, 1, frame.data.name)
  }
  // Undo takes the results back one by one, newest first.
  for (let i = frames.length - 1; i >= 0; i--) {
    fake.undo()
    assert.deepEqual(fake.snapshot(), snapshots[i])
  }
  assertPluginBehaved(fake)
})

test('fifty selected frames are listed at once, one thumbnail only', async () => {
  const fake = new FakeFigma()
  const frames = addFrames(fake, 50)
  fake.currentPage.data.selection = frames
  await launchPluginAsync(fake)
  let exports = 0
  for (const frame of frames) {
    const exportAsync = frame.exportAsync.bind(frame)
    Object.defineProperty(frame, 'exportAsync', {
      value: (settings: ExportSettings) => {
        exports += 1
        return exportAsync(settings)
      }
    })
  }
  const started = Date.now()
  const layers = await readyAsync(fake)
  assert.ok(Date.now() - started < 2000, 'quick')
  assert.equal(layers.contents.length, 50)
  assert.deepEqual(
    layers.contents.map((l) => l.id),
    frames.map((f) => f.id),
    'in selection order'
  )
  assert.ok(layers.contents[0].thumbnail instanceof Uint8Array)
  assert.ok(layers.contents.slice(1).every((l) => l.thumbnail === null))
  assert.equal(exports, 1, 'only the first frame is exported')
  assert.equal(layers.problem, null)
  assertPluginBehaved(fake)
})

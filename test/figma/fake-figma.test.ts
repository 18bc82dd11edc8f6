import assert from 'node:assert/strict'
import { test } from 'node:test'
import { addGroup, addLayer } from './build-fake-layers'
import { FakeFigma } from './fake-figma'
import { imagePaint } from './image-paint'
import { solidPaint } from './paints'

// The fake is only worth what it shares with Figma; these pin that down.

test('fills are frozen and checked like Figma checks them', () => {
  const fake = new FakeFigma()
  const box = addLayer(fake, fake.currentPage, 'RECTANGLE', {
    fills: [solidPaint('#ff0000')]
  })
  const fills = box.fills as Paint[]
  assert.throws(() => fills.push(solidPaint('#00ff00')), TypeError)
  assert.throws(() => {
    ;(fills[0] as { opacity: number }).opacity = 0.5
  }, TypeError)
  const withAlpha = { type: 'SOLID', color: { r: 1, g: 0, b: 0, a: 1 } }
  assert.throws(() => {
    box.fills = [withAlpha as unknown as Paint]
  }, /exactly the properties r, g, b/)
  assert.throws(() => {
    box.fills = [imagePaint('no-such-hash')]
  }, /imageHash/)
  box.fills = [...fills, solidPaint('#0000ff', 0.5)]
  assert.equal((box.fills as Paint[]).length, 2)
})

test('selectionchange fires later, once, and when a selected layer goes', async () => {
  const fake = new FakeFigma()
  const a = addLayer(fake, fake.currentPage, 'RECTANGLE')
  const b = addLayer(fake, fake.currentPage, 'RECTANGLE')
  let events = 0
  fake.api.on('selectionchange', () => (events += 1))
  fake.api.currentPage.selection = [a, b] as unknown as SceneNode[]
  fake.api.currentPage.selection = [b] as unknown as SceneNode[]
  assert.equal(events, 0, 'not synchronously')
  await fake.settleAsync()
  assert.equal(events, 1)
  await fake.deleteAsync(b)
  assert.equal(events, 2)
  assert.deepEqual(fake.api.currentPage.selection, [])
  assert.equal(await fake.api.getNodeByIdAsync(b.id), null)
  assert.throws(() => b.name, /does not exist/)
  assert.equal(b.removed, true)
})

test('instances refuse new layers; a group goes when emptied', () => {
  const fake = new FakeFigma()
  const page = fake.currentPage
  const instance = addLayer(fake, page, 'INSTANCE')
  const inner = addLayer(fake, instance, 'RECTANGLE')
  const loose = fake.createRectangle()
  assert.throws(
    () => instance.appendChild(loose as unknown as SceneNode),
    /New parent is an instance/
  )
  assert.throws(() => inner.remove(), /inside an instance/)
  const a = addLayer(fake, page, 'RECTANGLE', {
    x: 10,
    y: 10,
    width: 5,
    height: 5
  })
  const b = addLayer(fake, page, 'RECTANGLE', {
    x: 20,
    y: 30,
    width: 5,
    height: 5
  })
  const group = addGroup(fake, [a, b])
  assert.deepEqual(
    [group.x, group.y, group.width, group.height],
    [10, 10, 15, 25]
  )
  a.remove()
  b.remove()
  assert.equal(group.removed, true)
})

test('ABSOLUTE positioning needs an auto-layout parent, and leaves the flow', () => {
  const fake = new FakeFigma()
  const frame = addLayer(fake, fake.currentPage, 'FRAME', { width: 100 })
  const a = addLayer(fake, frame, 'RECTANGLE', { width: 10, height: 10 })
  const b = addLayer(fake, frame, 'RECTANGLE', { width: 10, height: 10 })
  assert.throws(() => {
    a.layoutPositioning = 'ABSOLUTE'
  }, /layoutMode !== NONE/)
  frame.layoutMode = 'HORIZONTAL'
  assert.deepEqual([a.x, b.x], [0, 10])
  a.layoutPositioning = 'ABSOLUTE'
  assert.equal(b.x, 0)
})

test('undo goes back to the last commitUndo', () => {
  const fake = new FakeFigma()
  const box = addLayer(fake, fake.currentPage, 'RECTANGLE', { name: 'Box' })
  fake.captureUndoBaseline()
  const start = fake.snapshot()
  box.name = 'Renamed'
  fake.api.commitUndo()
  const renamed = fake.snapshot()
  const extra = fake.api.createRectangle()
  box.remove()
  fake.api.commitUndo()
  fake.undo()
  assert.deepEqual(fake.snapshot(), renamed)
  assert.equal(extra.removed, true)
  assert.equal(box.removed, false)
  fake.undo()
  assert.deepEqual(fake.snapshot(), start)
  assert.throws(() => fake.undo(), /nothing to undo/)
})

test('messages to the UI are structured clones; showUI comes first', () => {
  const fake = new FakeFigma()
  assert.throws(() => fake.api.ui.postMessage({ type: 'X' }), /showUI/)
  fake.api.showUI('<p>UI</p>')
  const bytes = new Uint8Array([1, 2, 3])
  fake.api.ui.postMessage({ bytes })
  const [posted] = fake.postedToUi as Array<{ bytes: Uint8Array }>
  assert.deepEqual(posted.bytes, bytes)
  assert.notEqual(posted.bytes, bytes)
  assert.throws(
    () => fake.api.ui.postMessage({ f: () => 1 }),
    /could not be cloned/
  )
})

test('clientStorage keeps structured clones and refuses over 5 MB', async () => {
  const fake = new FakeFigma()
  const storage = fake.api.clientStorage
  const value = { version: 1, settings: { steps: 3 } }
  await storage.setAsync('k', value)
  const read = await storage.getAsync('k')
  assert.deepEqual(read, value)
  assert.notEqual(read, value, 'a copy, not the stored object')
  value.settings.steps = 9
  assert.equal((await storage.getAsync('k')).settings.steps, 3)
  assert.equal(await storage.getAsync('missing'), undefined)
  assert.deepEqual(await storage.keysAsync(), ['k'])
  await assert.rejects(
    storage.setAsync('f', () => 1),
    /could not be cloned/
  )
  await assert.rejects(
    storage.setAsync('big', new Uint8Array(5 * 1024 * 1024)),
    /quota/
  )
  await storage.deleteAsync('k')
  await storage.deleteAsync('k')
  assert.deepEqual(await storage.keysAsync(), [])
  fake.clientStorage.failure = new Error('disk full')
  await assert.rejects(storage.getAsync('k'), /disk full/)
})

test('relaunch data replaces itself, is undone, and is capped', () => {
  const fake = new FakeFigma()
  const box = addLayer(fake, fake.currentPage, 'RECTANGLE')
  fake.captureUndoBaseline()
  box.setRelaunchData({ edit: 'Edit it', open: '' })
  box.setRelaunchData({ restyle: 'Again' })
  assert.deepEqual(box.getRelaunchData(), { restyle: 'Again' })
  assert.deepEqual(fake.snapshot()[0].children[0].relaunchData, {
    restyle: 'Again'
  })
  assert.throws(() => box.setRelaunchData({ x: 'y'.repeat(1001) }), /1000/)
  fake.undo()
  assert.deepEqual(box.getRelaunchData(), {})
})

test('closing runs close listeners, then the API and messages stop', async () => {
  const fake = new FakeFigma()
  fake.api.showUI('<p>UI</p>')
  let closed = 0
  let delivered = 0
  fake.api.on('close', () => (closed += 1))
  fake.api.ui.onmessage = () => (delivered += 1)
  fake.sendFromUi({ type: 'READY' })
  fake.api.closePlugin()
  await fake.settleAsync()
  assert.equal(closed, 1)
  assert.equal(delivered, 0, 'a message in flight is dropped')
  assert.throws(() => fake.api.ui.postMessage({}), /closed/)
  assert.throws(() => fake.api.createRectangle(), /closed/)
  assert.throws(() => fake.api.commitUndo(), /closed/)
  fake.api.showUI('<p>UI</p>')
  assert.doesNotThrow(() => fake.api.ui.postMessage({}))
})

test('figma.ui.resize records the size; command is undefined by default', () => {
  const fake = new FakeFigma()
  fake.api.ui.resize(300, 500)
  assert.deepEqual(fake.ui.size, { width: 300, height: 500 })
  assert.throws(() => fake.api.ui.resize(NaN, 1), /finite/)
  assert.equal(fake.api.command, undefined)
  fake.command = 'restyle'
  assert.equal(fake.api.command, 'restyle')
})

test('a layer moved to another page leaves the old selection', async () => {
  const fake = new FakeFigma()
  const box = addLayer(fake, fake.currentPage, 'RECTANGLE')
  await fake.selectAsync([box])
  const other = fake.addPage('Page 2')
  await fake.moveToPageAsync(box, other)
  assert.equal(box.data.parent, other)
  assert.deepEqual(fake.currentPage.selection, [])
  await assert.rejects(fake.moveToPageAsync(box, other), /already there/)
})

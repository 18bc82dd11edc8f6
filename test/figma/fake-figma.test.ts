import assert from 'node:assert/strict'
import { test } from 'node:test'
import jpeg from 'jpeg-js'
import { addGroup, addLayer } from './build-fake-layers'
import { FakeFigma } from './fake-figma'
import { imagePaint } from './image-paint'
import { makePng } from './make-png'
import { solidPaint } from './paints'
import { readPng } from './read-png'

// The fake is only worth what it shares with Figma; these pin that down.

function pixelAt(png: Uint8Array, x: number, y: number): number[] {
  const { width, data } = readPng(png)
  return Array.from(data.slice((y * width + x) * 4, (y * width + x) * 4 + 4))
}

test('exportAsync draws fills, children, clipping and visibility', async () => {
  const fake = new FakeFigma()
  const frame = addLayer(fake, fake.currentPage, 'FRAME', {
    x: 50,
    y: 50,
    width: 20,
    height: 10,
    fills: [solidPaint('#ffffff')]
  })
  addLayer(fake, frame, 'RECTANGLE', {
    x: 15,
    width: 10,
    height: 5,
    fills: [solidPaint('#ff0000')]
  })
  addLayer(fake, frame, 'RECTANGLE', {
    y: 5,
    width: 5,
    height: 5,
    visible: false,
    fills: [solidPaint('#00ff00')]
  })
  const png = await frame.exportAsync({
    format: 'PNG',
    constraint: { type: 'WIDTH', value: 40 }
  })
  assert.deepEqual([readPng(png).width, readPng(png).height], [40, 20])
  assert.deepEqual(pixelAt(png, 2, 2), [255, 255, 255, 255])
  assert.deepEqual(pixelAt(png, 35, 2), [255, 0, 0, 255])
  assert.deepEqual(pixelAt(png, 2, 15), [255, 255, 255, 255], 'hidden')
  const scaled = await frame.exportAsync({
    format: 'PNG',
    constraint: { type: 'SCALE', value: 0.5 }
  })
  assert.equal(readPng(scaled).width, 10)
})

test('exportAsync applies opacity, leaves uncovered pixels transparent', async () => {
  const fake = new FakeFigma()
  const dot = addLayer(fake, fake.currentPage, 'ELLIPSE', {
    width: 10,
    height: 10,
    opacity: 0.5,
    fills: [solidPaint('#0000ff')]
  })
  const png = await dot.exportAsync({ format: 'PNG' })
  assert.deepEqual(pixelAt(png, 0, 0), [0, 0, 0, 0], 'corner outside')
  assert.deepEqual(pixelAt(png, 5, 5), [0, 0, 255, 128])
})

test('image fills are decoded and scaled to FILL the layer', async () => {
  const fake = new FakeFigma()
  // Left half red, right half blue, twice as wide as tall.
  const png = makePng(4, 2, (x) =>
    x < 2 ? [255, 0, 0, 255] : [0, 0, 255, 255]
  )
  const square = addLayer(fake, fake.currentPage, 'RECTANGLE', {
    width: 10,
    height: 10,
    fills: [imagePaint(fake.images.create(png).hash)]
  })
  const out = await square.exportAsync({ format: 'PNG' })
  // FILL covers the square and crops the sides, still split in the middle.
  assert.deepEqual(pixelAt(out, 2, 5), [255, 0, 0, 255])
  assert.deepEqual(pixelAt(out, 7, 5), [0, 0, 255, 255])
})

test('a layer without size cannot be exported', async () => {
  const fake = new FakeFigma()
  const line = addLayer(fake, fake.currentPage, 'RECTANGLE', { height: 0 })
  await assert.rejects(line.exportAsync({ format: 'PNG' }), /no size/)
})

test('createImage takes PNG, JPEG and GIF up to 4096 px, nothing else', () => {
  const { images } = new FakeFigma()
  const png = makePng(3, 2, () => [1, 2, 3, 255])
  assert.equal(images.create(png).hash, images.create(png.slice()).hash)
  const jpg = jpeg.encode({ width: 2, height: 2, data: Buffer.alloc(16, 128) })
  images.create(new Uint8Array(jpg.data))
  const gif = new Uint8Array([71, 73, 70, 56, 57, 97, 5, 0, 6, 0, 0, 0, 0])
  images.create(gif)
  assert.throws(() => images.create(new Uint8Array([1, 2, 3])), /unsupported/)
  assert.throws(() => images.create([137, 80]), /Expected a Uint8Array/)
  assert.throws(() => images.create(png.slice(0, 40)), /corrupt/)
  const wide = makePng(4097, 1, () => [0, 0, 0, 255])
  assert.throws(() => images.create(wide), /too large/)
  const tallGif = gif.slice()
  tallGif.set([0x01, 0x20], 8)
  assert.throws(() => images.create(tallGif), /too large/)
})

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

import assert from 'node:assert/strict'
import { test } from 'node:test'
import jpeg from 'jpeg-js'
import { addLayer } from './build-fake-layers'
import { FakeFigma } from './fake-figma'
import { imagePaint } from './image-paint'
import { makePng } from './make-png'
import { solidPaint } from './paints'
import { readPng } from './read-png'

// What the fake draws and which images it takes, as Figma does.
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

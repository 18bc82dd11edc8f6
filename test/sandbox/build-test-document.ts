import { addGroup, addLayer } from '../figma/build-fake-layers'
import type { FakeFigma } from '../figma/fake-figma'
import { imagePaint } from '../figma/image-paint'
import { makePng } from '../figma/make-png'
import { solidPaint } from '../figma/paints'

/**
 * A page with one layer of every kind the result rules distinguish:
 * a frame with children, a style image, a leaf shape, a group, a
 * component and an instance with children.
 */
export function buildTestDocument(fake: FakeFigma) {
  const page = fake.currentPage
  const home = addLayer(fake, page, 'FRAME', {
    name: 'Home',
    x: 10,
    y: 20,
    width: 40,
    height: 30,
    fills: [solidPaint('#ffffff')]
  })
  const button = addLayer(fake, home, 'RECTANGLE', {
    name: 'Button',
    x: 5,
    y: 5,
    width: 20,
    height: 10,
    fills: [solidPaint('#3366ff')]
  })
  addLayer(fake, home, 'ELLIPSE', {
    name: 'Dot',
    x: 28,
    y: 2,
    width: 10,
    height: 10,
    fills: [solidPaint('#22aa44')]
  })
  const texturePng = makePng(8, 8, (x, y) => [x * 32, y * 32, 160, 255])
  const texture = addLayer(fake, page, 'RECTANGLE', {
    name: 'Texture',
    x: 100,
    width: 16,
    height: 16,
    fills: [imagePaint(fake.images.create(texturePng).hash)]
  })
  const badge = addLayer(fake, page, 'RECTANGLE', {
    name: 'Badge',
    x: 200,
    width: 24,
    height: 12,
    fills: [solidPaint('#ff8800'), solidPaint('#000000', 0.25)]
  })
  const left = addLayer(fake, page, 'RECTANGLE', {
    name: 'Left',
    x: 300,
    y: 10,
    width: 10,
    height: 10,
    fills: [solidPaint('#ff0000')]
  })
  const right = addLayer(fake, page, 'RECTANGLE', {
    name: 'Right',
    x: 315,
    y: 20,
    width: 10,
    height: 10,
    fills: [solidPaint('#0000ff')]
  })
  const cluster = addGroup(fake, [left, right], 'Cluster')
  const card = addLayer(fake, page, 'COMPONENT', {
    name: 'Card',
    x: 400,
    width: 30,
    height: 20,
    fills: [solidPaint('#eeeeee')]
  })
  addLayer(fake, card, 'RECTANGLE', {
    name: 'Stripe',
    width: 30,
    height: 4,
    fills: [solidPaint('#333333')]
  })
  const cardInstance = addLayer(fake, page, 'INSTANCE', {
    name: 'Card instance',
    x: 450,
    width: 30,
    height: 20,
    fills: [solidPaint('#eeeeee')]
  })
  addLayer(fake, cardInstance, 'RECTANGLE', {
    name: 'Stripe',
    width: 30,
    height: 4,
    fills: [solidPaint('#333333')]
  })
  return { page, home, button, texture, badge, cluster, card, cardInstance }
}

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { RESULT_FOR_KEY, RESULT_IMAGE_HASH_KEY } from '../../src/constants'
import { addGroup, addLayer } from '../figma/build-fake-layers'
import type { FakeBaseNode } from '../figma/fake-base-node'
import { FakeFigma } from '../figma/fake-figma'
import type { FakeSceneNode } from '../figma/fake-scene-node'
import { makePng } from '../figma/make-png'
import { solidPaint } from '../figma/paints'
import {
  assertPluginBehaved,
  findMessage,
  launchOnLayerAsync as launchAsync,
  startRunAsync,
  writeResultAsync,
  writeResultMessage
} from './run-helpers'

async function stylizeAsync(fake: FakeFigma, runId: string, resolution = 1) {
  const images = await startRunAsync(fake, { runId, resolution })
  const replies = await writeResultAsync(fake, images)
  return { images, replies }
}

function childNames(node: FakeBaseNode): string[] {
  return node.data.children.map((child) => child.data.name)
}

function results(node: FakeBaseNode, contentId: string): FakeSceneNode[] {
  return node.data.children.filter(
    (child) => child.data.pluginData[RESULT_FOR_KEY] === contentId
  )
}

function imageOf(fake: FakeFigma, node: FakeSceneNode, index = 0) {
  const paint = node.data.fills[index] as ImagePaint
  assert.equal(paint.type, 'IMAGE')
  assert.equal(paint.scaleMode, 'FILL')
  return fake.images.readPixels(paint.imageHash as string)
}

test('a frame with children gets a rectangle on top, covering it exactly', async () => {
  const { fake, home } = await launchAsync('home')
  const ownFills = home.data.fills
  const { images, replies } = await stylizeAsync(fake, 'run-1', 2)
  assert.deepEqual(findMessage(replies, 'RUN_WRITTEN'), {
    type: 'RUN_WRITTEN',
    runId: 'run-1',
    layerName: 'Stylized - Texture'
  })
  assert.deepEqual(childNames(home), ['Button', 'Dot', 'Stylized - Texture'])
  const result = home.data.children[2]
  assert.deepEqual(result.absoluteBoundingBox, home.absoluteBoundingBox)
  assert.deepEqual([result.x, result.y], [0, 0])
  assert.equal(result.data.fills.length, 1, 'the image is its only fill')
  const image = imageOf(fake, result)
  assert.deepEqual([image.width, image.height], [80, 60])
  assert.notDeepEqual(
    image.data,
    fake.images.readPixels(fake.images.create(images.content.png).hash).data,
    'the result differs from the content'
  )
  assert.deepEqual(home.data.fills, ownFills, "the frame's own fills stay")
  assert.deepEqual(fake.notifications.at(-1), {
    message: 'Stylized “Home” with “Texture”.',
    options: undefined
  })
  assertPluginBehaved(fake)
})

test('a leaf layer gets an image paint on top of its own fills', async () => {
  const { fake, badge, page } = await launchAsync('badge')
  const ownFills = badge.data.fills
  const layerCount = page.data.children.length
  const { replies } = await stylizeAsync(fake, 'run-1')
  assert.equal(findMessage(replies, 'RUN_WRITTEN').layerName, 'Badge')
  assert.equal(page.data.children.length, layerCount, 'no new layer')
  assert.deepEqual(badge.data.fills.slice(0, 2), ownFills)
  assert.equal(badge.data.fills.length, 3)
  const image = imageOf(fake, badge, 2)
  assert.deepEqual([image.width, image.height], [24, 12])
  assert.equal(
    badge.data.pluginData[RESULT_IMAGE_HASH_KEY],
    (badge.data.fills[2] as ImagePaint).imageHash
  )
  assert.ok(Object.isFrozen(badge.fills))
})

test('a group gets a sibling just above it, in its parent coordinates', async () => {
  const { fake, cluster, page } = await launchAsync('cluster')
  await stylizeAsync(fake, 'run-1')
  const names = childNames(page)
  const index = names.indexOf('Cluster')
  assert.equal(names[index + 1], 'Stylized - Texture')
  const result = page.data.children[index + 1]
  assert.deepEqual(
    [result.x, result.y, result.width, result.height],
    [300, 10, 25, 20]
  )
  assert.deepEqual(result.absoluteBoundingBox, cluster.absoluteBoundingBox)
  assert.deepEqual(childNames(cluster), ['Left', 'Right'])
})

test('a group inside a frame: the sibling shares its container coordinates', async () => {
  let screen: FakeSceneNode | undefined
  let pair: FakeSceneNode | undefined
  const { fake } = await launchAsync('home', (fake, { page }) => {
    screen = addLayer(fake, page, 'FRAME', {
      name: 'Screen',
      x: 1000,
      y: 500,
      width: 200,
      height: 200
    })
    const red = solidPaint('#ff0000')
    pair = addGroup(
      fake,
      [
        addLayer(fake, screen, 'RECTANGLE', {
          x: 20,
          y: 30,
          width: 10,
          height: 10,
          fills: [red]
        }),
        addLayer(fake, screen, 'RECTANGLE', {
          x: 40,
          y: 35,
          width: 10,
          height: 10,
          fills: [red]
        })
      ],
      'Pair'
    )
  })
  if (screen === undefined || pair === undefined) throw new Error('not built')
  await fake.selectAsync([pair])
  await stylizeAsync(fake, 'run-1')
  assert.deepEqual(childNames(screen), ['Pair', 'Stylized - Texture'])
  const result = screen.data.children[1]
  assert.deepEqual(result.absoluteBoundingBox, pair.absoluteBoundingBox)
  assert.deepEqual(result.absoluteBoundingBox, {
    x: 1020,
    y: 530,
    width: 30,
    height: 15
  })
})

test('a component gets the rectangle inside; an instance, above it', async () => {
  const { fake, card, cardInstance, page } = await launchAsync('card')
  await stylizeAsync(fake, 'run-1')
  assert.deepEqual(childNames(card), ['Stripe', 'Stylized - Texture'])
  assert.deepEqual(
    card.data.children[1].absoluteBoundingBox,
    card.absoluteBoundingBox
  )
  await fake.selectAsync([cardInstance])
  await stylizeAsync(fake, 'run-2')
  assert.deepEqual(childNames(cardInstance), ['Stripe'])
  const names = childNames(page)
  assert.equal(names[names.indexOf('Card instance') + 1], 'Stylized - Texture')
  const result = page.data.children[names.indexOf('Card instance') + 1]
  assert.deepEqual(result.absoluteBoundingBox, cardInstance.absoluteBoundingBox)
})

test('in an auto-layout frame the result pushes no layer aside', async () => {
  const { fake, page } = await launchAsync('home', (_, doc) => {
    doc.home.layoutMode = 'HORIZONTAL'
  })
  const home = page.data.children[0]
  const before = home.data.children.map((c) => [c.x, c.y])
  await stylizeAsync(fake, 'run-1')
  assert.deepEqual(
    home.data.children.slice(0, 2).map((c) => [c.x, c.y]),
    before
  )
  const result = home.data.children[2]
  assert.equal(result.data.layoutPositioning, 'ABSOLUTE')
  assert.deepEqual(result.absoluteBoundingBox, home.absoluteBoundingBox)
})

test('a re-run replaces the earlier result at its place in the layer order', async () => {
  const { fake, home } = await launchAsync('home')
  await stylizeAsync(fake, 'run-1')
  const first = home.data.children[2]
  // The designer moves the result below the dot.
  home.insertChild(1, first as unknown as SceneNode)
  assert.deepEqual(childNames(home), ['Button', 'Stylized - Texture', 'Dot'])
  await stylizeAsync(fake, 'run-2')
  assert.deepEqual(childNames(home), ['Button', 'Stylized - Texture', 'Dot'])
  assert.equal(first.removed, true)
  assert.equal(results(home, home.id).length, 1, 'only one result')
  assert.equal(imageOf(fake, home.data.children[1]).width, 40)
})

test('a re-run on a group replaces its sibling result, still just above', async () => {
  const { fake, page, cluster } = await launchAsync('cluster')
  await stylizeAsync(fake, 'run-1')
  await stylizeAsync(fake, 'run-2')
  assert.equal(results(page, cluster.id).length, 1)
  const names = childNames(page)
  assert.equal(names[names.indexOf('Cluster') + 1], 'Stylized - Texture')
})

test('a re-run on a leaf replaces its result paint in place', async () => {
  const { fake, badge } = await launchAsync('badge')
  await stylizeAsync(fake, 'run-1')
  const first = (badge.data.fills[2] as ImagePaint).imageHash
  const images = await startRunAsync(fake, { runId: 'run-2', resolution: 2 })
  await fake.sendFromUiAsync({
    ...writeResultMessage(images),
    png: makePng(48, 24, () => [0, 255, 0, 255])
  })
  assert.equal(badge.data.fills.length, 3)
  const second = (badge.data.fills[2] as ImagePaint).imageHash
  assert.notEqual(second, first)
  assert.equal(badge.data.pluginData[RESULT_IMAGE_HASH_KEY], second)
})

test('one undo removes exactly the result', async () => {
  const { fake } = await launchAsync('home')
  const before = fake.snapshot()
  await stylizeAsync(fake, 'run-1')
  assert.notDeepEqual(fake.snapshot(), before)
  fake.undo()
  assert.deepEqual(fake.snapshot(), before)

  const leaf = await launchAsync('badge')
  const leafBefore = leaf.fake.snapshot()
  await stylizeAsync(leaf.fake, 'run-1')
  leaf.fake.undo()
  assert.deepEqual(leaf.fake.snapshot(), leafBefore)
})

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { FakeFigma } from '../figma/fake-figma'
import { buildTestDocument } from './build-test-document'
import { launchPluginAsync } from './launch-plugin-async'
import {
  assertPluginBehaved,
  findMessage,
  readyAsync,
  startRunAsync,
  writeResultMessage,
  type RunImages
} from './run-helpers'

async function launchAsync() {
  const fake = new FakeFigma()
  const doc = buildTestDocument(fake)
  doc.page.data.selection = [doc.home, doc.texture]
  await launchPluginAsync(fake)
  await readyAsync(fake)
  return { fake, ...doc, images: await startRunAsync(fake) }
}

/** Writes the run's result; expects it refused with the document as it was. */
async function expectRefusedAsync(
  fake: FakeFigma,
  message: Record<string, unknown>,
  sentence: string
) {
  const before = fake.snapshot()
  const replies = await fake.sendFromUiAsync(message)
  assert.equal(findMessage(replies, 'RUN_REFUSED').message, sentence)
  assert.deepEqual(fake.snapshot(), before)
  assertPluginBehaved(fake)
}

test('a result of another size than the run asked for is refused', async () => {
  const { fake, images } = await launchAsync()
  const wrong: RunImages = { ...images, output: { width: 20, height: 15 } }
  await expectRefusedAsync(
    fake,
    writeResultMessage(wrong),
    'The result is not 40 × 30 px as its run needs, so nothing was written.'
  )
})

test('a record for another content or other styles is refused', async () => {
  const { fake, images, badge } = await launchAsync()
  const message = writeResultMessage(images)
  await expectRefusedAsync(
    fake,
    { ...message, record: { ...message.record, contentId: badge.id } },
    "The result's record does not match its run, so nothing was written."
  )
  const again = await startRunAsync(fake)
  const other = writeResultMessage(again)
  other.record.styles = [{ layerId: badge.id, name: 'Badge', weight: 100 }]
  await expectRefusedAsync(
    fake,
    other,
    "The result's record does not match its run, so nothing was written."
  )
})

test('a content moved to another page meanwhile takes no result', async () => {
  const { fake, images, home } = await launchAsync()
  await fake.moveToPageAsync(home, fake.addPage('Page 2'))
  await expectRefusedAsync(
    fake,
    writeResultMessage(images),
    '“Home” moved to another page while stylizing, so nothing was written.'
  )
})

test('a content resized in proportion meanwhile is still covered exactly', async () => {
  const { fake, images, home } = await launchAsync()
  home.resize(80, 60)
  const replies = await fake.sendFromUiAsync(writeResultMessage(images))
  findMessage(replies, 'RUN_WRITTEN')
  const result = home.data.children.at(-1)
  assert.deepEqual(result?.absoluteBoundingBox, home.absoluteBoundingBox)
})

test('a content deleted before START_RUN is refused', async () => {
  const { fake, home } = await launchAsync()
  // Deleted while the UI still lists it: Figma's event has not come yet.
  fake.currentPage.data.selection = []
  home.remove()
  const replies = await fake.sendFromUiAsync({
    type: 'START_RUN',
    runId: 'r',
    contentId: home.id,
    size: 32,
    resolution: 1
  })
  assert.equal(
    findMessage(replies, 'RUN_REFUSED').message,
    'The layer to stylize was deleted; select another one.'
  )
})

test('a style deleted during a run loses nothing: the result is written', async () => {
  const { fake, images, texture } = await launchAsync()
  texture.remove()
  const replies = await fake.sendFromUiAsync(writeResultMessage(images))
  findMessage(replies, 'RUN_WRITTEN')
})

test('closing the plugin mid-run writes nothing', async () => {
  const { fake, images } = await launchAsync()
  const before = fake.snapshot()
  const find = fake.api.getNodeByIdAsync
  // The designer closes the window while the sandbox looks the content up.
  fake.api.getNodeByIdAsync = async (id: string) => {
    const node = await find(id)
    fake.api.closePlugin()
    return node
  }
  const mark = fake.postedToUi.length
  fake.sendFromUi(writeResultMessage(images))
  await fake.settleAsync()
  assert.deepEqual(fake.snapshot(), before)
  assert.equal(fake.postedToUi.length, mark, 'nothing sent after closing')
})

test('a result arriving after RUN_IMAGES of a newer run is stale', async () => {
  const { fake, images } = await launchAsync()
  await startRunAsync(fake, { runId: 'run-2' })
  await expectRefusedAsync(
    fake,
    writeResultMessage(images),
    'This result is from an earlier run, so it was not written.'
  )
})

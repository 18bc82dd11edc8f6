import assert from 'node:assert/strict'
import { test } from 'node:test'
import { FakeFigma } from '../figma/fake-figma'
import { buildTestDocument } from './build-test-document'
import { launchPluginAsync } from './launch-plugin-async'
import {
  assertPluginBehaved,
  readyAsync,
  startRunAsync,
  writeResultMessage
} from './run-helpers'

async function launchAsync() {
  const fake = new FakeFigma()
  const doc = buildTestDocument(fake)
  doc.page.data.selection = [doc.home, doc.texture]
  await launchPluginAsync(fake)
  await readyAsync(fake)
  return { fake, ...doc }
}

test('malformed messages are reported and never acted on', async () => {
  const { fake } = await launchAsync()
  const images = await startRunAsync(fake, { runId: 'run-1' })
  const before = fake.snapshot()
  const malformed = [
    null,
    'READY',
    { type: 'DELETE_EVERYTHING' },
    { type: 'START_RUN', runId: 'run-2', size: -1 },
    { type: 'CHOOSE_STYLE', layerId: '' },
    // A result whose bytes are an array, not a Uint8Array.
    { ...writeResultMessage(images), png: Array.from(images.content.png) },
    { type: 'RUN_ENDED', runId: 'run-1', outcome: 'done', message: 'x' }
  ]
  for (const message of malformed) {
    const notified = fake.notifications.length
    const replies = (await fake.sendFromUiAsync(message)) as Array<{
      type: string
      message: string
    }>
    assert.equal(replies.length, 1, JSON.stringify(message))
    assert.equal(replies[0].type, 'ERROR')
    assert.match(replies[0].message, /^The plugin window sent a malformed/)
    assert.equal(fake.notifications.length, notified + 1)
  }
  assert.deepEqual(fake.snapshot(), before)
  // The run survived the junk: its result is still written.
  const replies = await fake.sendFromUiAsync(writeResultMessage(images))
  assert.equal((replies[0] as { type: string }).type, 'RUN_WRITTEN')
  assertPluginBehaved(fake)
})

test('an unforeseen failure reaches the designer as a sentence', async () => {
  const { fake, page } = await launchAsync()
  Object.defineProperty(page, 'findAllWithCriteria', {
    value: () => {
      throw new Error('the page is not loaded')
    }
  })
  const replies = await fake.sendFromUiAsync({ type: 'READY' })
  assert.deepEqual(replies.at(-1), {
    type: 'ERROR',
    message:
      'Something went wrong (the page is not loaded); reopen the plugin ' +
      'and try again.'
  })
  assertPluginBehaved(fake)
})

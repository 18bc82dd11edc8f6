// What the sandbox refuses to write, and that a refusal changes nothing:
// neither the document nor the undo history.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { cutText } from '../../src/utilities/cut-text'
import type { FakeFigma } from '../figma/fake-figma'
import { makePng } from '../figma/make-png'
import {
  assertPluginBehaved,
  findMessage,
  launchOnLayerAsync as launchAsync,
  makeResultPng,
  startRunAsync,
  writeResultAsync,
  writeResultMessage,
  type RunImages
} from './run-helpers'

test('a result for a run that is not the current one is refused', async () => {
  const { fake } = await launchAsync('home')
  const images = await startRunAsync(fake, { runId: 'run-1' })
  await startRunAsync(fake, { runId: 'run-2' })
  const before = fake.snapshot()
  const replies = await writeResultAsync(fake, images)
  assert.deepEqual(replies, [
    {
      type: 'RUN_REFUSED',
      runId: 'run-1',
      message: 'This result is from an earlier run, so it was not written.'
    }
  ])
  assert.deepEqual(fake.snapshot(), before)
  const again = await fake.sendFromUiAsync({
    ...writeResultMessage(images),
    runId: 'never-started'
  })
  assert.equal(findMessage(again, 'RUN_REFUSED').runId, 'never-started')
})

/** Sends a WRITE_RESULT for run-1 and expects it refused, nothing changed. */
async function expectRefusedAsync(
  fake: FakeFigma,
  images: RunImages,
  message: Record<string, unknown>,
  sentence: string | RegExp
) {
  const before = fake.snapshot()
  const commits = fake.undoCommits
  const replies = await fake.sendFromUiAsync({
    ...writeResultMessage(images),
    ...message
  })
  const refused = findMessage(replies, 'RUN_REFUSED')
  if (typeof sentence === 'string') assert.equal(refused.message, sentence)
  else assert.match(String(refused.message), sentence)
  assert.equal(
    fake.notifications.at(-1)?.message,
    cutText(String(refused.message), 100)
  )
  assert.deepEqual(fake.snapshot(), before)
  assert.equal(fake.undoCommits, commits, 'no undo step either')
  assertPluginBehaved(fake)
}

test('bytes that are no PNG, or that disagree with their size, are refused', async () => {
  const { fake } = await launchAsync('home')
  await expectRefusedAsync(
    fake,
    await startRunAsync(fake),
    { png: new Uint8Array([1, 2, 3, 4]), width: 40, height: 30 },
    'The result image is damaged, so nothing was written; press Stylize again.'
  )
  await expectRefusedAsync(
    fake,
    await startRunAsync(fake),
    { png: makeResultPng(40, 30), width: 40, height: 20 },
    /^The result image is damaged/
  )
})

test('a PNG that Figma cannot decode is refused with its reason', async () => {
  const { fake } = await launchAsync('home')
  const images = await startRunAsync(fake)
  const broken = makeResultPng(40, 30).slice(0, 60)
  await expectRefusedAsync(
    fake,
    images,
    { png: broken },
    /^Figma rejected the result image \(in createImage: Image is corrupt/
  )
})

test('a result over 4096 px is refused before Figma sees it', async () => {
  const { fake } = await launchAsync('home')
  const images = await startRunAsync(fake)
  const png = makePng(4097, 1, () => [0, 0, 0, 255])
  await expectRefusedAsync(
    fake,
    images,
    { png, width: 4097, height: 1 },
    /^The result is over 4096 px a side/
  )
})

test('a result whose content was deleted or reshaped meanwhile is refused', async () => {
  const { fake, home, badge } = await launchAsync('home')
  const images = await startRunAsync(fake)
  home.resize(40, 10)
  await expectRefusedAsync(
    fake,
    images,
    {},
    '“Home” changed shape while stylizing, so nothing was written; ' +
      'press Stylize again.'
  )
  await fake.selectAsync([badge])
  const badgeImages = await startRunAsync(fake)
  await fake.deleteAsync(badge)
  await expectRefusedAsync(
    fake,
    badgeImages,
    {},
    'The layer to stylize was deleted meanwhile, so nothing was written.'
  )
})

test('a failure while writing is reported and leaves nothing behind', async () => {
  const { fake, home } = await launchAsync('home')
  const images = await startRunAsync(fake, { runId: 'run-1', size: 32 })
  Object.defineProperty(home, 'insertChild', {
    value: () => {
      throw new Error('in insertChild: Cannot move node')
    }
  })
  const before = fake.snapshot()
  const replies = await writeResultAsync(fake, images)
  assert.equal(
    findMessage(replies, 'RUN_REFUSED').message,
    'Writing the result failed (in insertChild: Cannot move node), ' +
      'so nothing was written.'
  )
  assert.deepEqual(fake.snapshot(), before)
})

test('RUN_ENDED changes nothing; a failure is notified, cut to 100', async () => {
  const { fake } = await launchAsync('home')
  const before = fake.snapshot()
  const images = await startRunAsync(fake, { runId: 'run-1' })
  assert.deepEqual(
    await fake.sendFromUiAsync({
      type: 'RUN_ENDED',
      runId: 'run-1',
      outcome: 'cancelled',
      message: 'Cancelled.'
    }),
    []
  )
  const notified = fake.notifications.length
  assert.deepEqual(fake.snapshot(), before)
  // The cancelled run's result no longer counts.
  const late = await writeResultAsync(fake, images)
  assert.equal(findMessage(late, 'RUN_REFUSED').runId, 'run-1')

  await startRunAsync(fake, { runId: 'run-2' })
  const long = `WebGL is missing and wasm failed to load. ${'x'.repeat(100)}`
  await fake.sendFromUiAsync({
    type: 'RUN_ENDED',
    runId: 'run-2',
    outcome: 'failed',
    message: long
  })
  assert.equal(fake.notifications.length, notified + 1)
  const { message, options } = fake.notifications.at(-1)!
  assert.equal(message.length, 100)
  assert.ok(message.startsWith('WebGL is missing') && message.endsWith('…'))
  assert.deepEqual(options, { error: true })
  assert.deepEqual(fake.snapshot(), before)
})

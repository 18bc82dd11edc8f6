import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseUiToMainMessage } from '../../src/contract/parse-message'
import { FakeFigma } from '../figma/fake-figma'
import { buildTestDocument } from './build-test-document'
import { launchPluginAsync } from './launch-plugin-async'
import {
  assertPluginBehaved,
  readyAsync,
  startRunAsync,
  writeResultMessage
} from './run-helpers'

type Fields = Record<string, unknown>

/** A small seeded generator, so a failure can be replayed. */
function createRandom(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]
  return { next, pick }
}

const JUNK: unknown[] = [
  null,
  undefined,
  -1,
  0,
  1.5,
  NaN,
  '',
  'x'.repeat(5000),
  true,
  [],
  {},
  new Uint8Array(0),
  Array.from({ length: 10_000 }, (_, i) => i)
]

/** One way to spoil a valid message, chosen at random. */
function mutate(message: Fields, random: ReturnType<typeof createRandom>) {
  const copy: Fields = { ...message }
  const keys = Object.keys(copy)
  const key = random.pick(keys)
  switch (random.pick(['drop', 'junk', 'truncate', 'type', 'record'])) {
    case 'drop':
      delete copy[key]
      break
    case 'junk':
      copy[key] = random.pick(JUNK)
      break
    case 'truncate': {
      const png = copy.png
      if (png instanceof Uint8Array) {
        copy.png = png.slice(0, Math.floor(random.next() * png.length))
      } else copy[key] = String(copy[key]).slice(0, 1)
      break
    }
    case 'type':
      copy.type = random.pick(['DELETE_ALL', 'ready', 'CHOOSE_STYLE', 7])
      break
    case 'record': {
      const record = { ...(copy.record as Fields | undefined) }
      record[random.pick(['version', 'styles', 'settings', 'resolution'])] =
        random.pick(JUNK)
      copy.record = record
      break
    }
  }
  return copy
}

test('random and spoilt messages are answered, never acted on', async () => {
  const fake = new FakeFigma()
  const doc = buildTestDocument(fake)
  doc.page.data.selection = [doc.home, doc.texture]
  await launchPluginAsync(fake)
  await readyAsync(fake)
  const images = await startRunAsync(fake, { runId: 'kept' })
  // Valid messages to spoil; the result's size is wrong on purpose, so
  // that a spoilt one still parsing can never write.
  const valid: Fields[] = [
    { type: 'READY' },
    { type: 'ADD_STYLE', layerId: doc.badge.id },
    { type: 'REMOVE_STYLE', layerId: doc.texture.id },
    { type: 'PIN_STYLE_FROM_SELECTION' },
    { type: 'SWAP' },
    {
      type: 'START_RUN',
      runId: 'fuzz',
      contentId: doc.home.id,
      size: 64,
      resolution: 1
    },
    {
      ...writeResultMessage({ ...images, output: { width: 7, height: 5 } }),
      runId: 'fuzz'
    },
    { type: 'RUN_ENDED', runId: 'fuzz', outcome: 'failed', message: 'x' },
    { type: 'SAVE_SETTINGS', settings: { steps: 10 } },
    { type: 'RESIZE_WINDOW', width: 400, height: 500 }
  ]
  const before = fake.snapshot()
  const random = createRandom(20240611)
  let malformed = 0
  for (let i = 0; i < 300; i++) {
    const message =
      random.next() < 0.1
        ? random.pick(JUNK)
        : mutate(random.pick(valid), random)
    let bad = false
    try {
      parseUiToMainMessage(message)
    } catch {
      bad = true
    }
    const replies = (await fake.sendFromUiAsync(message)) as Fields[]
    if (bad) {
      malformed += 1
      assert.equal(replies.length, 1, `one answer to message ${i}`)
      assert.equal(replies[0].type, 'ERROR')
    }
  }
  assert.ok(malformed > 200, `mostly malformed (${malformed})`)
  assert.deepEqual(fake.snapshot(), before)
  assertPluginBehaved(fake)
})

import assert from 'node:assert/strict'
import { test } from 'node:test'

import {
  MessageError,
  parseMainToUiMessage,
  parseUiToMainMessage
} from '../../src/contract/parse-message'

const png = new Uint8Array([137, 80, 78, 71])

test('well-formed messages pass through unchanged', () => {
  const write = {
    type: 'WRITE_RESULT',
    runId: 'r1',
    png,
    width: 4,
    height: 3
  }
  assert.deepEqual(parseUiToMainMessage(write), write)
  const layers = {
    type: 'LAYERS',
    content: { id: '1:2', name: 'Home', width: 10, height: 5, thumbnail: png },
    style: null,
    problem: 'Choose a style layer.'
  }
  assert.deepEqual(parseMainToUiMessage(layers), layers)
})

test('unknown message types are rejected by name', () => {
  assert.throws(
    () => parseUiToMainMessage({ type: 'DELETE_EVERYTHING' }),
    /unknown message type "DELETE_EVERYTHING"/
  )
  assert.throws(
    () => parseMainToUiMessage({ type: 'READY' }),
    /unknown message type "READY" from the sandbox/
  )
})

test('malformed fields are rejected naming the field', () => {
  const cases: Array<[unknown, RegExp]> = [
    [null, /message must be an object/],
    [[1, 2], /message must be an object/],
    [{}, /message\.type must be a non-empty string/],
    [{ type: 'START_RUN', runId: 'r', size: 0 }, /START_RUN\.size/],
    [{ type: 'START_RUN', runId: 'r', size: 1.5 }, /START_RUN\.size/],
    [{ type: 'START_RUN', size: 64 }, /START_RUN\.runId/],
    [{ type: 'CHOOSE_STYLE', layerId: 7 }, /CHOOSE_STYLE\.layerId/],
    [
      { type: 'WRITE_RESULT', runId: 'r', png: [1], width: 1, height: 1 },
      /WRITE_RESULT\.png must be non-empty bytes/
    ],
    [
      { type: 'RUN_ENDED', runId: 'r', outcome: 'done', message: 'x' },
      /RUN_ENDED\.outcome/
    ]
  ]
  for (const [message, pattern] of cases) {
    assert.throws(
      () => parseUiToMainMessage(message),
      (error: unknown) =>
        error instanceof MessageError && pattern.test(error.message)
    )
  }
})

test('a truncated message from the sandbox is rejected', () => {
  const full = {
    type: 'RUN_IMAGES',
    runId: 'r1',
    content: { png, width: 8, height: 8 },
    style: { png, width: 8, height: 8 }
  }
  const { style: _dropped, ...truncated } = full
  assert.throws(() => parseMainToUiMessage(truncated), /RUN_IMAGES\.style/)
})

test('random junk never parses as a message', () => {
  let seed = 7
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32)
  const types = ['READY', 'SWAP', 'START_RUN', 'WRITE_RESULT', 'RUN_ENDED']
  for (let i = 0; i < 300; i++) {
    const junk: Record<string, unknown> = {
      type: types[Math.floor(random() * types.length)],
      runId: random() < 0.5 ? '' : 42,
      size: random() * -10,
      png: random() < 0.5 ? 'not bytes' : new Uint8Array(0)
    }
    if (junk.type === 'READY' || junk.type === 'SWAP') continue
    assert.throws(() => parseUiToMainMessage(junk), MessageError)
  }
})

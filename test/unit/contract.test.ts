import assert from 'node:assert/strict'
import { test } from 'node:test'

import {
  MessageError,
  parseMainToUiMessage,
  parseUiToMainMessage
} from '../../src/contract/parse-message'
import { parseRunRecord } from '../../src/contract/parse-run-record'

const png = new Uint8Array([137, 80, 78, 71])

const record = {
  version: 1,
  contentId: '1:2',
  styles: [
    { layerId: '1:3', name: 'Texture', weight: 60 },
    { layerId: null, name: 'waves.jpg', weight: 40 }
  ],
  settings: { steps: 100, preset: 'soft', fast: true },
  resolution: 2
}

const layer = (id: string, thumbnail: Uint8Array | null) => ({
  id,
  name: `Layer ${id}`,
  width: 10,
  height: 5,
  thumbnail
})

test('well-formed messages from the UI pass through unchanged', () => {
  const messages = [
    { type: 'READY' },
    { type: 'ADD_STYLE', layerId: '1:3' },
    { type: 'REMOVE_STYLE', layerId: '1:3' },
    { type: 'PIN_STYLE_FROM_SELECTION' },
    { type: 'SWAP' },
    {
      type: 'START_RUN',
      runId: 'r',
      contentId: '1:2',
      size: 256,
      resolution: 1.5
    },
    { type: 'WRITE_RESULT', runId: 'r1', png, width: 4, height: 3, record },
    { type: 'RUN_ENDED', runId: 'r', outcome: 'cancelled', message: 'x' },
    { type: 'SAVE_SETTINGS', settings: { steps: 3, name: 'a', on: false } },
    { type: 'RESIZE_WINDOW', width: 320, height: 600 }
  ]
  for (const message of messages) {
    assert.deepEqual(parseUiToMainMessage(message), message)
  }
})

test('well-formed messages from the sandbox pass through unchanged', () => {
  const image = { png, width: 8, height: 6 }
  const messages = [
    {
      type: 'LAYERS',
      contents: [layer('1:2', png), layer('1:4', null)],
      styles: [layer('1:3', png)],
      problem: null
    },
    { type: 'LAYERS', contents: [], styles: [], problem: 'Select a layer.' },
    { type: 'SETTINGS', stored: { steps: 3 }, relaunch: record },
    { type: 'SETTINGS', stored: null, relaunch: null },
    {
      type: 'RUN_IMAGES',
      runId: 'r',
      content: image,
      styles: [{ layerId: '1:3', image }],
      output: { width: 16, height: 12 }
    }
  ]
  for (const message of messages) {
    assert.deepEqual(parseMainToUiMessage(message), message)
  }
})

test('unknown message types are rejected by name', () => {
  assert.throws(
    () => parseUiToMainMessage({ type: 'CHOOSE_STYLE', layerId: '1:2' }),
    /unknown message type "CHOOSE_STYLE"/
  )
  assert.throws(
    () => parseMainToUiMessage({ type: 'READY' }),
    /unknown message type "READY" from the sandbox/
  )
})

test('malformed fields are rejected naming the field', () => {
  const run = { type: 'START_RUN', runId: 'r', contentId: 'c', size: 64 }
  const cases: Array<[unknown, RegExp]> = [
    [null, /message must be an object/],
    [[1, 2], /message must be an object/],
    [{}, /message\.type must be a non-empty string/],
    [{ ...run, size: 0, resolution: 1 }, /START_RUN\.size/],
    [{ ...run, size: 1.5, resolution: 1 }, /START_RUN\.size/],
    [{ ...run, resolution: 3 }, /START_RUN\.resolution/],
    [{ ...run, contentId: '', resolution: 1 }, /START_RUN\.contentId/],
    [{ type: 'ADD_STYLE', layerId: 7 }, /ADD_STYLE\.layerId/],
    [
      {
        type: 'WRITE_RESULT',
        runId: 'r',
        png: [1],
        width: 1,
        height: 1,
        record
      },
      /WRITE_RESULT\.png must be non-empty bytes/
    ],
    [
      { type: 'WRITE_RESULT', runId: 'r', png, width: 1, height: 1 },
      /WRITE_RESULT\.record must be an object/
    ],
    [
      { type: 'RUN_ENDED', runId: 'r', outcome: 'done', message: 'x' },
      /RUN_ENDED\.outcome/
    ],
    [
      { type: 'SAVE_SETTINGS', settings: { deep: { a: 1 } } },
      /SAVE_SETTINGS\.settings\.deep/
    ],
    [
      { type: 'RESIZE_WINDOW', width: 'wide', height: 1 },
      /RESIZE_WINDOW\.width/
    ]
  ]
  for (const [message, pattern] of cases) {
    assert.throws(
      () => parseUiToMainMessage(message),
      (error: unknown) =>
        error instanceof MessageError && pattern.test(error.message),
      JSON.stringify(message)
    )
  }
})

test('parseRunRecord checks version, styles, settings and resolution', () => {
  assert.deepEqual(parseRunRecord(record), record)
  const cases: Array<[unknown, RegExp]> = [
    [{ ...record, version: 2 }, /record\.version must be 1/],
    [{ ...record, styles: [] }, /record\.styles must not be empty/],
    [
      { ...record, styles: Array(4).fill(record.styles[0]) },
      /record\.styles has more than 3/
    ],
    [
      { ...record, styles: [{ layerId: '1:3', name: 'T', weight: 101 }] },
      /record\.styles\[0\]\.weight/
    ],
    [{ ...record, contentId: 3 }, /record\.contentId/],
    [{ ...record, resolution: 0.5 }, /record\.resolution/],
    [{ ...record, settings: null }, /record\.settings must be an object/]
  ]
  for (const [value, pattern] of cases) {
    assert.throws(() => parseRunRecord(value), pattern)
  }
})

test('a truncated message from the sandbox is rejected', () => {
  const image = { png, width: 8, height: 8 }
  const full = {
    type: 'RUN_IMAGES',
    runId: 'r1',
    content: image,
    styles: [{ layerId: '1:3', image }],
    output: { width: 8, height: 8 }
  }
  const { output: _dropped, ...truncated } = full
  assert.throws(() => parseMainToUiMessage(truncated), /RUN_IMAGES\.output/)
  const { styles: _gone, ...layers } = {
    type: 'LAYERS',
    contents: [],
    styles: [],
    problem: null
  }
  assert.throws(() => parseMainToUiMessage(layers), /LAYERS\.styles/)
})

test('random junk never parses as a message', () => {
  let seed = 7
  const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32
  const types = ['START_RUN', 'WRITE_RESULT', 'RUN_ENDED', 'ADD_STYLE']
  for (let i = 0; i < 300; i++) {
    const junk: Record<string, unknown> = {
      type: types[Math.floor(random() * types.length)],
      runId: random() < 0.5 ? '' : 42,
      layerId: random() < 0.5 ? '' : null,
      size: random() * -10,
      png: random() < 0.5 ? 'not bytes' : new Uint8Array(0)
    }
    assert.throws(() => parseUiToMainMessage(junk), MessageError)
  }
})

import assert from 'node:assert/strict'
import { test } from 'node:test'

import {
  MessageError,
  parseMainToUiMessage
} from '../../src/contract/parse-message'

test('ERROR from the sandbox carries one sentence', () => {
  const error = { type: 'ERROR', message: 'Select a layer to stylize.' }
  assert.deepEqual(parseMainToUiMessage(error), error)
  for (const message of [undefined, '', 42]) {
    assert.throws(
      () => parseMainToUiMessage({ type: 'ERROR', message }),
      (e: unknown) =>
        e instanceof MessageError && /ERROR\.message/.test(e.message)
    )
  }
})

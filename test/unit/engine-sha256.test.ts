import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import { test } from 'node:test'

import { sha256Hex } from '../../ui/engine/sha256'

function nodeSha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

test('sha256Hex matches node:crypto on the empty input', () => {
  assert.equal(sha256Hex(new Uint8Array(0)), nodeSha256(new Uint8Array(0)))
})

test('sha256Hex matches node:crypto around block boundaries', () => {
  for (const length of [1, 55, 56, 63, 64, 65, 119, 120, 128, 1000]) {
    const bytes = new Uint8Array(randomBytes(length))
    assert.equal(sha256Hex(bytes), nodeSha256(bytes), `length ${length}`)
  }
})

test('sha256Hex matches node:crypto on random inputs', () => {
  for (let i = 0; i < 20; i++) {
    const length = Math.floor(Math.random() * 5000)
    const bytes = new Uint8Array(randomBytes(length))
    assert.equal(sha256Hex(bytes), nodeSha256(bytes), `length ${length}`)
  }
})

test('sha256Hex hashes a subarray view, not its whole buffer', () => {
  const whole = new Uint8Array(randomBytes(300))
  const view = whole.subarray(17, 250)
  assert.equal(sha256Hex(view), nodeSha256(view))
})

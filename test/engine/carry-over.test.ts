import assert from 'node:assert/strict'
import { before, test } from 'node:test'

import * as tf from '@tensorflow/tfjs-core'

import { setNodeBackendAsync } from '../../ui/cli/set-node-backend-async'
import { disposeReplaced, tensorsIn } from '../../ui/engine/carry-over'

before(() => setNodeBackendAsync('cpu'))

test('a step disposes what the old state held and the new one does not hand on', () => {
  const [kept, dropped, nested, made] = [1, 2, 3, 4].map((v) => tf.scalar(v))
  const old = {
    kind: 'lbfgs',
    history: [{ s: kept, y: dropped }],
    previous: { x: nested }
  }
  const next = {
    kind: 'lbfgs',
    history: [{ s: kept, y: made }],
    previous: null
  }
  assert.equal(
    tensorsIn({ a: kept, b: [kept, { c: kept }] }).length,
    1,
    'each tensor once'
  )
  disposeReplaced(old, next)
  assert.deepEqual(
    [kept, dropped, nested, made].map((t) => t.isDisposed),
    [false, true, true, false]
  )
  tf.dispose([kept, made])
})

import assert from 'node:assert/strict'
import { before, test } from 'node:test'

import * as tf from '@tensorflow/tfjs-core'

import { setNodeBackendAsync } from '../../ui/cli/set-node-backend-async'
import { disposeReplaced, tensorsIn } from '../../ui/engine/carry-over'
import {
  lbfgsStep,
  makeLbfgsState,
  type LbfgsState
} from '../../ui/engine/lbfgs'

before(() => setNodeBackendAsync('cpu'))

/** f(x) = 1/2 x'Ax - b'x with A = diag(a): minimum at b / a. */
function minimise(a: number[], b: number[], steps: number): Float32Array {
  const A = tf.tensor1d(a)
  const B = tf.tensor1d(b)
  const f = (x: tf.Tensor) =>
    tf.sub(tf.mul(0.5, tf.sum(tf.mul(A, tf.square(x)))), tf.sum(tf.mul(B, x)))
  let x: tf.Tensor = tf.zeros([a.length])
  let state: LbfgsState = makeLbfgsState()
  for (let i = 0; i < steps; i++) {
    let out: ReturnType<typeof lbfgsStep> | null = null
    tf.tidy(() => {
      const grad = tf.grad(f)(x)
      out = lbfgsStep(x, grad, state, 0.1, 100)
      tensorsIn(out).forEach((t) => tf.keep(t))
    })
    out = out!
    disposeReplaced({ x, state }, out)
    x = out.x
    state = out.state
  }
  const result = x.dataSync() as Float32Array
  tf.dispose([x, ...tensorsIn(state)])
  A.dispose()
  B.dispose()
  return result
}

test('L-BFGS converges to the known minimum of an ill-conditioned quadratic', () => {
  const a = [1, 10, 100, 0.5, 3]
  const b = [2, -5, 40, 1, 9]
  const x = minimise(a, b, 40)
  b.forEach((v, i) =>
    assert.ok(
      Math.abs(x[i] - v / a[i]) < 1e-3,
      `x[${i}] = ${x[i]}, want ${v / a[i]}`
    )
  )
})

test('L-BFGS leaves no tensors behind', () => {
  const before = tf.memory().numTensors
  minimise([1, 2], [1, 1], 12)
  assert.equal(tf.memory().numTensors, before)
})

import assert from 'node:assert/strict'
import { before, test } from 'node:test'

import * as tf from '@tensorflow/tfjs-core'

import { setNodeBackendAsync } from '../../ui/cli/set-node-backend-async'
import { adamStep, makeAdamState, type AdamState } from '../../ui/engine/adam'
import { disposeReplaced, tensorsIn } from '../../ui/engine/carry-over'
import {
  expand,
  gather,
  makeBlur,
  makePyramidState,
  pyramidAdamStep,
  pyramidFactors,
  type PyramidState
} from '../../ui/engine/pyramid-adam'

before(() => setNodeBackendAsync('wasm'))

const [HEIGHT, WIDTH] = [50, 77] // not multiples of the blocks

test('the levels go from single pixels to blocks of at least 12 on the short side', () => {
  assert.deepEqual(pyramidFactors(256, 192), [1, 2, 4, 8, 16])
  assert.deepEqual(pyramidFactors(50, 77), [1, 2, 4])
  assert.deepEqual(pyramidFactors(20, 20), [1])
})

test('gather is the adjoint of expand, so a level steps along its true gradient', () => {
  tf.tidy(() => {
    for (const factor of [2, 4]) {
      const [h, w] = [Math.ceil(HEIGHT / factor), Math.ceil(WIDTH / factor)]
      const level = tf.randomNormal(
        [1, h, w, 3],
        0,
        1,
        'float32',
        1
      ) as tf.Tensor4D
      const grad = tf.randomNormal(
        [1, HEIGHT, WIDTH, 3],
        0,
        1,
        'float32',
        2
      ) as tf.Tensor4D
      const dot = (a: tf.Tensor, b: tf.Tensor) =>
        tf.sum(tf.mul(a, b)).dataSync()[0]
      const blur = makeBlur(factor, 3)
      const left = dot(expand(level, blur, HEIGHT, WIDTH), grad)
      const right = dot(level, gather(grad, blur))
      assert.ok(
        Math.abs(left - right) < 1e-3 * Math.abs(left),
        `factor ${factor}: ${left}, ${right}`
      )
    }
  })
})

/**
 * Distance left after `steps` steps towards a smooth image (a colour ramp,
 * what a palette change looks like) from a flat one, minimising the
 * squared difference, relative to the distance at the start.
 */
function remaining(pyramid: boolean, steps: number): number {
  const target = tf.tidy(() => {
    const ramp = tf.linspace(0, 200, WIDTH).reshape([1, 1, WIDTH, 1])
    return tf.tile(ramp, [1, HEIGHT, 1, 3]) as tf.Tensor4D
  })
  type Stepping = { x: tf.Tensor4D; adam?: AdamState; levels?: PyramidState }
  const x = tf.fill([1, HEIGHT, WIDTH, 3], 100) as tf.Tensor4D
  let state: Stepping = pyramid
    ? { x, levels: makePyramidState(x) }
    : { x, adam: makeAdamState(x) }
  const start = tf.tidy(() => tf.norm(tf.sub(x, target)).dataSync()[0])
  for (let i = 0; i < steps; i++) {
    let next: Stepping = state
    tf.tidy(() => {
      const { x, adam, levels } = state
      const grad = tf.mul(tf.sub(x, target), 2) as tf.Tensor4D
      if (levels) {
        const step = pyramidAdamStep(x, grad, levels, 2)
        next = { x: step.x, levels: step.state }
      } else {
        const step = adamStep(x, grad, adam!, 2)
        next = { x: step.x, adam: step.state }
      }
      tensorsIn(next).forEach((t) => tf.keep(t))
    })
    disposeReplaced(state, next)
    state = next
  }
  const end = tf.tidy(() => tf.norm(tf.sub(state.x, target)).dataSync()[0])
  tf.dispose([target, ...tensorsIn(state)])
  return end / start
}

test('a broad change is made in fewer steps on the pyramid than pixel by pixel', () => {
  const pixels = remaining(false, 20)
  const pyramid = remaining(true, 20)
  const said = `after 20 steps: ${pyramid.toFixed(3)} on the pyramid, ${pixels.toFixed(3)} by pixel`
  assert.ok(pyramid < 0.5 * pixels, said)
})

test('pyramid Adam converges and leaves no tensors behind', () => {
  const before = tf.memory().numTensors
  assert.ok(remaining(true, 150) < 0.05)
  assert.equal(tf.memory().numTensors, before)
})

import assert from 'node:assert/strict'
import { test } from 'node:test'

import * as tf from '@tensorflow/tfjs-core'

import { setNodeBackendAsync } from '../../ui/cli/set-node-backend-async'
import { gramMatrix } from '../../ui/engine/gram-matrix'

/** A loss of the Gram matrix that weighs every entry differently. */
function valueAndGradient(
  features: number[],
  shape: [number, number, number, number]
) {
  return tf.tidy(() => {
    const x = tf.tensor4d(features, shape)
    const [, , , c] = shape
    const weights = tf
      .range(0, c * c)
      .reshape([c, c])
      .div(c * c)
      .add(0.5)
    const loss = (f: tf.Tensor) =>
      tf.sum(tf.mul(gramMatrix(f as tf.Tensor4D), weights))
    const { value, grad } = tf.valueAndGrad(loss)(x)
    return {
      gram: gramMatrix(x).arraySync(),
      value: value.dataSync()[0],
      grad: Array.from(grad.dataSync())
    }
  })
}

test('the Gram matrix on wasm (1x1 convolutions) equals the matrix product on cpu, value and gradient', async () => {
  const shape: [number, number, number, number] = [1, 6, 5, 7]
  const features = Array.from(
    { length: 6 * 5 * 7 },
    (_, i) => Math.sin(i * 1.7) * 3 + 1
  )
  await setNodeBackendAsync('cpu')
  const cpu = valueAndGradient(features, shape)
  await setNodeBackendAsync('wasm')
  const before = tf.memory().numTensors
  const wasm = valueAndGradient(features, shape)
  assert.equal(tf.memory().numTensors, before, 'no tensors left behind')
  const close = (a: number, b: number) =>
    Math.abs(a - b) <= 1e-4 * Math.max(1, Math.abs(b))
  assert.ok(close(wasm.value, cpu.value), `${wasm.value} vs ${cpu.value}`)
  wasm.gram
    .flat()
    .forEach((v, i) => assert.ok(close(v, cpu.gram.flat()[i]), `gram[${i}]`))
  wasm.grad.forEach((g, i) =>
    assert.ok(close(g, cpu.grad[i]), `grad[${i}]: ${g} vs ${cpu.grad[i]}`)
  )
})

import assert from 'node:assert/strict'
import { before, test } from 'node:test'

import * as tf from '@tensorflow/tfjs-core'

import { setNodeBackendAsync } from '../../ui/cli/set-node-backend-async'
import { gramMatrix } from '../../ui/engine/gram-matrix'
import {
  makeTarget,
  relativeError,
  totalVariation
} from '../../ui/engine/losses'
import { preprocess } from '../../ui/engine/vgg19'

before(() => setNodeBackendAsync('cpu'))

test('gramMatrix averages channel products over positions', () => {
  // Two positions, two channels: [1, 2] and [3, 4].
  const features = tf.tensor4d([1, 2, 3, 4], [1, 1, 2, 2])
  const gram = gramMatrix(features).arraySync()
  assert.deepEqual(gram, [
    [(1 * 1 + 3 * 3) / 2, (1 * 2 + 3 * 4) / 2],
    [(2 * 1 + 4 * 3) / 2, (2 * 2 + 4 * 4) / 2]
  ])
})

test('the Gram matrix of a feature map tiled 2x2 is the same: size does not change the style', () => {
  const features = tf.randomUniform(
    [1, 5, 7, 6],
    0,
    3,
    'float32',
    11
  ) as tf.Tensor4D
  const tiled = tf.tile(features, [1, 2, 2, 1]) as tf.Tensor4D
  const a = gramMatrix(features).dataSync()
  const b = gramMatrix(tiled).dataSync()
  a.forEach((value, i) =>
    assert.ok(Math.abs(value - b[i]) < 1e-4 * Math.abs(value) + 1e-6)
  )
})

test('relativeError is 0 at the target and 1 at zero', () => {
  const target = makeTarget(tf.tensor([1, -2, 3]))
  assert.equal(relativeError(tf.tensor([1, -2, 3]), target).dataSync()[0], 0)
  assert.equal(relativeError(tf.zeros([3]), target).dataSync()[0], 1)
})

test('relativeError stays finite for an all-zero target', () => {
  const target = makeTarget(tf.zeros([4]))
  assert.ok(Number.isFinite(relativeError(tf.ones([4]), target).dataSync()[0]))
})

test('totalVariation is 0 on a flat image and grows with noise, whatever the size', () => {
  const flat = tf.fill([1, 8, 8, 3], 128) as tf.Tensor4D
  assert.equal(totalVariation(flat).dataSync()[0], 0)
  const stripes = (size: number) =>
    tf.tile(tf.tensor4d([0, 0, 0, 255, 255, 255], [1, 1, 2, 3]), [
      1,
      size,
      size / 2,
      1
    ]) as tf.Tensor4D
  const small = totalVariation(stripes(8)).dataSync()[0]
  const large = totalVariation(stripes(32)).dataSync()[0]
  assert.ok(small > 0.4)
  assert.ok(Math.abs(small - large) < 0.05 * small, `${small} vs ${large}`)
})

test('preprocess follows the weights\' "caffe" convention: BGR order, ImageNet mean off', () => {
  const rgb = tf.tensor4d([200, 100, 50], [1, 1, 1, 3])
  const mean = tf.tensor1d([103.939, 116.779, 123.68])
  const out = Array.from(preprocess(rgb, mean).dataSync())
  const want = [50 - 103.939, 100 - 116.779, 200 - 123.68]
  out.forEach((v, i) =>
    assert.ok(Math.abs(v - want[i]) < 1e-4, `${v} vs ${want[i]}`)
  )
})

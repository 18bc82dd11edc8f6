import * as tf from '@tensorflow/tfjs-core'

/** Adam's moment estimates for one tensor, with the step count. */
export interface AdamState {
  m: tf.Tensor4D
  v: tf.Tensor4D
  t: number
}

const BETA1 = 0.9
const BETA2 = 0.999
const EPSILON = 1e-8

export function makeAdamState(like: tf.Tensor4D): AdamState {
  return { m: tf.zerosLike(like), v: tf.zerosLike(like), t: 0 }
}

/**
 * Adam's move for one tensor (Kingma and Ba, 2015), to be subtracted from
 * it. Pure tensor maths: call inside tf.tidy; the caller disposes the old
 * m and v.
 */
export function adamUpdate(
  grad: tf.Tensor4D,
  state: AdamState,
  learningRate: number
): { update: tf.Tensor4D; state: AdamState } {
  const t = state.t + 1
  const m = tf.add(tf.mul(state.m, BETA1), tf.mul(grad, 1 - BETA1))
  const v = tf.add(tf.mul(state.v, BETA2), tf.mul(tf.square(grad), 1 - BETA2))
  const stepSize = (learningRate * Math.sqrt(1 - BETA2 ** t)) / (1 - BETA1 ** t)
  return {
    update: tf.div(
      tf.mul(m, stepSize),
      tf.add(tf.sqrt(v), EPSILON)
    ) as tf.Tensor4D,
    state: { m: m as tf.Tensor4D, v: v as tf.Tensor4D, t }
  }
}

/** One Adam step on x; as adamUpdate, inside a tidy. */
export function adamStep(
  x: tf.Tensor4D,
  grad: tf.Tensor4D,
  state: AdamState,
  learningRate: number
): { x: tf.Tensor4D; state: AdamState } {
  const next = adamUpdate(grad, state, learningRate)
  return { x: tf.sub(x, next.update) as tf.Tensor4D, state: next.state }
}

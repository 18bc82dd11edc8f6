import * as tf from '@tensorflow/tfjs-core'

/**
 * L-BFGS (Nocedal, 1980) with every vector and scalar kept on the device,
 * so a step never waits for a read-back: the two-loop recursion runs on
 * scalar tensors, and a pair whose curvature y·s is not positive gets a
 * weight of 0 instead of an if. No line search: the step is capped so its
 * root mean square stays under `maxStep`, which keeps a fixed-step L-BFGS
 * from diverging on a non-convex loss.
 */
export interface LbfgsState {
  previous: { x: tf.Tensor; grad: tf.Tensor } | null
  /** Newest last: s = x_k+1 - x_k, y = g_k+1 - g_k, rho = 1 / y·s. */
  history: Array<{ s: tf.Tensor; y: tf.Tensor; rho: tf.Scalar }>
}

export const LBFGS_HISTORY = 5

export function makeLbfgsState(): LbfgsState {
  return { previous: null, history: [] }
}

function dot(a: tf.Tensor, b: tf.Tensor): tf.Scalar {
  return tf.sum(tf.mul(a, b))
}

/** The quasi-Newton direction -H g by the two-loop recursion. */
function direction(grad: tf.Tensor, history: LbfgsState['history']): tf.Tensor {
  let q = grad
  const alphas: tf.Scalar[] = []
  for (let i = history.length - 1; i >= 0; i--) {
    const { s, y, rho } = history[i]
    const alpha = tf.mul(rho, dot(s, q)) as tf.Scalar
    alphas[i] = alpha
    q = tf.sub(q, tf.mul(alpha, y))
  }
  const newest = history[history.length - 1]
  const gamma = tf.div(
    dot(newest.s, newest.y),
    tf.maximum(dot(newest.y, newest.y), 1e-20)
  )
  let r = tf.mul(gamma, q)
  for (let i = 0; i < history.length; i++) {
    const { s, y, rho } = history[i]
    const beta = tf.mul(rho, dot(y, r))
    r = tf.add(r, tf.mul(s, tf.sub(alphas[i], beta)))
  }
  return tf.neg(r)
}

/**
 * One L-BFGS step from x with gradient `grad`. Pure tensor maths, to run
 * inside tf.tidy; returns the new x and state, which hands on most of the
 * old one's history: dispose the old state with `disposeReplaced`.
 */
export function lbfgsStep(
  x: tf.Tensor,
  grad: tf.Tensor,
  state: LbfgsState,
  firstStep: number,
  maxStep: number
): { x: tf.Tensor; state: LbfgsState } {
  const history = [...state.history]
  if (state.previous) {
    const s = tf.sub(x, state.previous.x)
    const y = tf.sub(grad, state.previous.grad)
    const ys = dot(y, s)
    const rho = tf.where(
      tf.greater(ys, 1e-10),
      tf.div(1, ys),
      tf.zerosLike(ys)
    ) as tf.Scalar
    history.push({ s, y, rho })
    if (history.length > LBFGS_HISTORY) history.shift()
  }
  // With no history yet, a gradient step whose mean size is `firstStep`.
  const d =
    history.length > 0
      ? direction(grad, history)
      : tf.mul(
          tf.neg(grad),
          tf.div(firstStep, tf.maximum(tf.mean(tf.abs(grad)), 1e-20))
        )
  const rms = tf.sqrt(tf.mean(tf.square(d)))
  const cap = tf.minimum(1, tf.div(maxStep, tf.maximum(rms, 1e-20)))
  const next = tf.add(x, tf.mul(d, cap))
  return { x: next, state: { previous: { x, grad }, history } }
}

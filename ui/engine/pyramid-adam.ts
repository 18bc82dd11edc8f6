import * as tf from '@tensorflow/tfjs-core'

import { adamUpdate, makeAdamState, type AdamState } from './adam'

/**
 * Adam on a pyramid of the image: the image is read as a sum of smooth
 * layers at 1, 1/2, 1/4 ... of its resolution, and each layer gets its own
 * Adam step. A coarse layer's gradient sums the pixels' gradients over its
 * blocks, so broad changes (the palette, large shapes) move as fast as
 * fine ones instead of being left to thousands of independent pixel steps.
 * The layers themselves are never stored: their updates are added to the
 * image directly, which is the same sum.
 */
export interface PyramidState {
  /** One Adam state per level; level k has blocks of 2^k pixels. */
  levels: AdamState[]
  /** Level k's blur, made once and handed on from step to step. */
  blurs: Blur[]
}

/**
 * A box of `factor` pixels with half-weight ends, as two 1-D kernels (one
 * per direction, repeated per channel for a depthwise convolution). Of odd
 * length and symmetric, so blurring is self-adjoint; level 0 (one pixel)
 * has none.
 */
export interface Blur {
  factor: number
  kernels: [vertical: tf.Tensor4D, horizontal: tf.Tensor4D] | null
}

/** The coarsest level keeps at least this many blocks on the short side. */
const COARSEST_BLOCKS = 12

export function pyramidFactors(height: number, width: number): number[] {
  const factors = [1]
  while (Math.min(height, width) / (factors.at(-1)! * 2) >= COARSEST_BLOCKS) {
    factors.push(factors.at(-1)! * 2)
  }
  return factors
}

function levelShape(
  image: tf.Tensor4D,
  factor: number
): [number, number, number, number] {
  const [, h, w, c] = image.shape
  return [1, Math.ceil(h / factor), Math.ceil(w / factor), c]
}

export function makeBlur(factor: number, channels: number): Blur {
  if (factor === 1) return { factor, kernels: null }
  const taps = [0.5, ...Array<number>(factor - 1).fill(1), 0.5].map(
    (t) => t / factor
  )
  const kernel = (rows: number, cols: number): tf.Tensor4D =>
    tf.tidy(() =>
      tf.tile(tf.tensor4d(taps, [rows, cols, 1, 1]), [1, 1, channels, 1])
    )
  return { factor, kernels: [kernel(taps.length, 1), kernel(1, taps.length)] }
}

export function makePyramidState(image: tf.Tensor4D): PyramidState {
  const [, h, w, channels] = image.shape
  const factors = pyramidFactors(h, w)
  return {
    levels: factors.map((f) => {
      const zeros = tf.zeros(levelShape(image, f)) as tf.Tensor4D
      const state = makeAdamState(zeros)
      zeros.dispose()
      return state
    }),
    blurs: factors.map((f) => makeBlur(f, channels))
  }
}

function blur(
  x: tf.Tensor4D,
  [vertical, horizontal]: [tf.Tensor4D, tf.Tensor4D]
): tf.Tensor4D {
  return tf.depthwiseConv2d(
    tf.depthwiseConv2d(x, vertical, 1, 'same'),
    horizontal,
    1,
    'same'
  )
}

/** Level to pixels: blocks spread, then smoothed; cropped to the image. */
export function expand(
  level: tf.Tensor4D,
  { factor, kernels }: Blur,
  height: number,
  width: number
): tf.Tensor4D {
  if (!kernels) return level
  const [, lh, lw] = level.shape
  const up = tf.image.resizeNearestNeighbor(level, [lh * factor, lw * factor])
  return tf.slice(blur(up, kernels), [0, 0, 0, 0], [1, height, width, -1])
}

/** Adjoint of expand: pixel gradient to a level's gradient. */
export function gather(
  grad: tf.Tensor4D,
  { factor, kernels }: Blur
): tf.Tensor4D {
  if (!kernels) return grad
  const [, h, w] = grad.shape
  const padded = tf.pad(grad, [
    [0, 0],
    [0, Math.ceil(h / factor) * factor - h],
    [0, Math.ceil(w / factor) * factor - w],
    [0, 0]
  ])
  const pooled = tf.avgPool(blur(padded, kernels), factor, factor, 'valid')
  return tf.mul(pooled, factor * factor)
}

/**
 * One step; call inside tf.tidy. The new state hands on the old one's
 * blurs: dispose the old state with `disposeReplaced`.
 */
export function pyramidAdamStep(
  x: tf.Tensor4D,
  grad: tf.Tensor4D,
  state: PyramidState,
  learningRate: number
): { x: tf.Tensor4D; state: PyramidState } {
  const [, h, w] = x.shape
  const levels: AdamState[] = []
  const updates = state.levels.map((level, k) => {
    const blur = state.blurs[k]
    const next = adamUpdate(gather(grad, blur), level, learningRate)
    levels.push(next.state)
    return expand(next.update, blur, h, w)
  })
  const stepped = tf.sub(x, tf.addN(updates)) as tf.Tensor4D
  return { x: stepped, state: { levels, blurs: state.blurs } }
}

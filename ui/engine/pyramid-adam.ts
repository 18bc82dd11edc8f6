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

function levelShape(image: tf.Tensor4D, factor: number): [number, number, number, number] {
  const [, h, w, c] = image.shape
  return [1, Math.ceil(h / factor), Math.ceil(w / factor), c]
}

export function makePyramidState(image: tf.Tensor4D): PyramidState {
  const [, h, w] = image.shape
  return {
    levels: pyramidFactors(h, w).map((f) => {
      const zeros = tf.zeros(levelShape(image, f)) as tf.Tensor4D
      const state = makeAdamState(zeros)
      zeros.dispose()
      return state
    })
  }
}

/** Separable, symmetric and of odd length, so blurring is self-adjoint. */
function blur(x: tf.Tensor4D, factor: number): tf.Tensor4D {
  const taps = [0.5, ...Array<number>(factor - 1).fill(1), 0.5].map((t) => t / factor)
  const channels = x.shape[3]
  const kernel = (rows: number, cols: number) =>
    tf.tile(tf.tensor4d(taps, [rows, cols, 1, 1]), [1, 1, channels, 1]) as tf.Tensor4D
  const vertical = tf.depthwiseConv2d(x, kernel(taps.length, 1), 1, 'same')
  return tf.depthwiseConv2d(vertical, kernel(1, taps.length), 1, 'same')
}

/** Level to pixels: blocks spread, then smoothed; cropped to the image. */
export function expand(
  level: tf.Tensor4D,
  factor: number,
  height: number,
  width: number
): tf.Tensor4D {
  if (factor === 1) return level
  const [, lh, lw] = level.shape
  const up = tf.image.resizeNearestNeighbor(level, [lh * factor, lw * factor])
  return tf.slice(blur(up, factor), [0, 0, 0, 0], [1, height, width, -1])
}

/** Adjoint of expand: pixel gradient to a level's gradient. */
export function gather(grad: tf.Tensor4D, factor: number): tf.Tensor4D {
  if (factor === 1) return grad
  const [, h, w] = grad.shape
  const padded = tf.pad(grad, [
    [0, 0],
    [0, Math.ceil(h / factor) * factor - h],
    [0, Math.ceil(w / factor) * factor - w],
    [0, 0]
  ])
  const pooled = tf.avgPool(blur(padded, factor), factor, factor, 'valid')
  return tf.mul(pooled, factor * factor)
}

/** One step; call inside tf.tidy, the caller disposes the old state. */
export function pyramidAdamStep(
  x: tf.Tensor4D,
  grad: tf.Tensor4D,
  state: PyramidState,
  learningRate: number
): { x: tf.Tensor4D; state: PyramidState } {
  const [, h, w] = x.shape
  const levels: AdamState[] = []
  const updates = state.levels.map((level, k) => {
    const factor = 2 ** k
    const next = adamUpdate(gather(grad, factor), level, learningRate)
    levels.push(next.state)
    return expand(next.update, factor, h, w)
  })
  return { x: tf.sub(x, tf.addN(updates)) as tf.Tensor4D, state: { levels } }
}

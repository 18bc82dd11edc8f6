import * as tf from '@tensorflow/tfjs-core'

import { gramMatrix } from './gram-matrix'

/** A target with its squared norm, taken once per scale. */
export interface Target {
  value: tf.Tensor
  /** Sum of squares of value, floored so an all-zero target is safe. */
  normSquared: tf.Scalar
}

export function makeTarget(value: tf.Tensor): Target {
  return { value, normSquared: tf.maximum(tf.sum(tf.square(value)), 1e-8) }
}

/** ||x - target||^2 / ||target||^2: 1 means "as far as from zero". */
export function relativeError(x: tf.Tensor, target: Target): tf.Scalar {
  return tf.div(
    tf.sum(tf.squaredDifference(x, target.value)),
    target.normSquared
  )
}

/** Content loss: feature distance relative to the content's features. */
export function contentLoss(features: tf.Tensor4D, target: Target): tf.Scalar {
  return relativeError(features, target)
}

/** Style loss: the mean over layers of the relative Gram distance. */
export function styleLoss(
  features: tf.Tensor4D[],
  targets: Target[]
): tf.Scalar {
  const terms = features.map((f, i) => relativeError(gramMatrix(f), targets[i]))
  return tf.div(tf.addN(terms), terms.length) as tf.Scalar
}

/**
 * Total variation of a [1, h, w, 3] image in 0-255: the mean squared
 * difference between neighbours, in units of the full pixel range, so that
 * it does not depend on the image size.
 */
export function totalVariation(image: tf.Tensor4D): tf.Scalar {
  const [, height, width] = image.shape
  const down = tf.squaredDifference(
    tf.slice(image, [0, 1, 0, 0], [1, height - 1, width, 3]),
    tf.slice(image, [0, 0, 0, 0], [1, height - 1, width, 3])
  )
  const right = tf.squaredDifference(
    tf.slice(image, [0, 0, 1, 0], [1, height, width - 1, 3]),
    tf.slice(image, [0, 0, 0, 0], [1, height, width - 1, 3])
  )
  return tf.div(tf.add(tf.mean(down), tf.mean(right)), 255 * 255)
}

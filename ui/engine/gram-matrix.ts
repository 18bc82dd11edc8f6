import * as tf from '@tensorflow/tfjs-core'

/**
 * The Gram matrix of a feature map, [1, h, w, c] -> [c, c], divided by the
 * number of positions h * w so that it is an average and the same style
 * gives the same matrix at every image size.
 */
export function gramMatrix(features: tf.Tensor4D): tf.Tensor2D {
  const [, height, width, channels] = features.shape
  const flat = tf.reshape(features, [height * width, channels])
  return tf.div(tf.matMul(flat, flat, true, false), height * width)
}

import * as tf from '@tensorflow/tfjs-core'

/**
 * The Gram matrix of a feature map, [1, h, w, c] -> [c, c], divided by the
 * number of positions h * w so that it is an average and the same style
 * gives the same matrix at every image size.
 *
 * On wasm the product is written as 1x1 convolutions, which run on
 * XNNPACK: tfjs's BatchMatMul there is a plain loop, and with the
 * transposed operand of F^T F it took 1.5 s of a 2.3 s step at 128 px;
 * the convolutions do the same forward and backward work in 0.13 s
 * (scratch measurement of the five style layers, median of 5). Elsewhere
 * BatchMatMul is the backend's fast path and is kept.
 */
export function gramMatrix(features: tf.Tensor4D): tf.Tensor2D {
  if (tf.getBackend() === 'wasm' && !gramPath.plain) {
    return gramByConvolution(features) as tf.Tensor2D
  }
  const [, height, width, channels] = features.shape
  const flat = tf.reshape(features, [height * width, channels])
  return tf.div(tf.matMul(flat, flat, true, false), height * width)
}

/** Only the benchmark sets it: tfjs's stock matMul, as a plain run has. */
export const gramPath = { plain: false }

/**
 * G = F^T F / n for F of n positions by c channels, as a 1x1 convolution
 * of F^T (c "positions" of n channels) with F as the kernel (n in, c out).
 * Its gradient, dF = F (dG + dG^T) / n, is a 1x1 convolution of F with a
 * c by c kernel; tfjs's own gradient would need Conv2DBackpropFilter.
 */
const gramByConvolution = tf.customGrad((x, save) => {
  const features = x as tf.Tensor4D
  const [, height, width, channels] = features.shape
  const n = height * width
  const flat = tf.reshape(features, [n, channels])
  const transposed = tf.reshape(tf.transpose(flat), [1, 1, channels, n])
  const kernel = tf.reshape(flat, [1, 1, n, channels])
  const product = tf.conv2d(
    transposed as tf.Tensor4D,
    kernel as tf.Tensor4D,
    1,
    'valid'
  )
  ;(save as tf.GradSaveFunc)([features])
  return {
    value: tf.div(tf.reshape(product, [channels, channels]), n),
    gradFunc: (dy, saved) => {
      const f = saved[0] as tf.Tensor4D
      const symmetric = tf.div(tf.add(dy, tf.transpose(dy)), n)
      const grad = tf.conv2d(
        tf.reshape(f, [1, 1, n, channels]) as tf.Tensor4D,
        tf.reshape(symmetric, [1, 1, channels, channels]) as tf.Tensor4D,
        1,
        'valid'
      )
      return tf.reshape(grad, f.shape)
    }
  }
})

import * as tf from '@tensorflow/tfjs-core'

import { VGG_MEAN_BGR } from './constants'
import { WeightsError } from './errors'
import type { Pooling } from './types'
import { decodeVgg19Weights, type Vgg19Weights } from './vgg19-weights'

/** VGG-19's convolutions up to conv5_1 (the deepest layer any loss uses). */
const BLOCKS = [2, 2, 4, 4, 1]

interface ConvLayer {
  apply: (x: tf.Tensor4D) => tf.Tensor4D
  /** The same layer with tfjs's own gradient, for the benchmark. */
  applyPlain: (x: tf.Tensor4D) => tf.Tensor4D
  /** Kernel, bias and flipped kernel, owned by the model. */
  tensors: tf.Tensor[]
}

/**
 * A 3x3 "same" convolution with bias and ReLU whose input gradient is a
 * forward convolution with the flipped, transposed kernel. tfjs's own
 * Conv2DBackpropInput is a slow path on wasm and WebGL; for stride 1 and
 * symmetric padding the two are equal. Weights are constants: no gradient.
 */
function makeConvLayer(kernel: tf.Tensor4D, bias: tf.Tensor1D): ConvLayer {
  // [3, 3, out, in], flipped in both spatial axes
  const flipped = tf.tidy(() =>
    tf.transpose(tf.reverse(kernel, [0, 1]), [0, 1, 3, 2])
  )
  const layer = tf.customGrad((x, save) => {
    const y = tf.fused.conv2d({
      x: x as tf.Tensor4D,
      filter: kernel,
      bias,
      strides: 1,
      pad: 'same',
      activation: 'relu'
    })
    ;(save as tf.GradSaveFunc)([y])
    return {
      value: y,
      gradFunc: (dy, saved) => {
        const active = tf.step(saved[0])
        return tf.conv2d(tf.mul(dy, active) as tf.Tensor4D, flipped, 1, 'same')
      }
    }
  })
  return {
    apply: (x) => layer(x) as tf.Tensor4D,
    applyPlain: (x) =>
      tf.fused.conv2d({
        x,
        filter: kernel,
        bias,
        strides: 1,
        pad: 'same',
        activation: 'relu'
      }),
    tensors: [kernel, bias, flipped]
  }
}

function layerName(block: number, index: number): string {
  return `conv${block}_${index}`
}

/** The feature extractor of Gatys et al.: VGG-19 without its classifier. */
export class Vgg19 {
  private readonly layers = new Map<string, ConvLayer>()
  private readonly owned: tf.Tensor[] = []
  private readonly mean = tf.tensor1d([...VGG_MEAN_BGR])
  /** Use tfjs's Conv2DBackpropInput instead; only the benchmark sets it. */
  plainGradient = false

  constructor(weights: Vgg19Weights) {
    const named = decodeVgg19Weights(weights)
    BLOCKS.forEach((count, b) => {
      for (let i = 1; i <= count; i++) {
        const kernel = named[`block${b + 1}_conv${i}/kernel`]
        const bias = named[`block${b + 1}_conv${i}/bias`]
        if (!kernel || !bias) {
          throw new WeightsError(
            'The model weights lack a layer; reinstall the plugin.'
          )
        }
        const layer = makeConvLayer(kernel as tf.Tensor4D, bias as tf.Tensor1D)
        this.layers.set(layerName(b + 1, i), layer)
        this.owned.push(...layer.tensors)
      }
    })
    for (const tensor of Object.values(named)) {
      if (!this.owned.includes(tensor)) tensor.dispose()
    }
  }

  /**
   * RGB pixels in 0-255, [1, h, w, 3], to the requested feature maps. Runs
   * only as deep as the deepest layer asked for.
   */
  features(
    rgb: tf.Tensor4D,
    wanted: readonly string[],
    pooling: Pooling
  ): Record<string, tf.Tensor4D> {
    const out: Record<string, tf.Tensor4D> = {}
    let remaining = wanted.length
    let x = preprocess(rgb, this.mean)
    for (let b = 0; b < BLOCKS.length && remaining > 0; b++) {
      if (b > 0) x = pool(x, pooling)
      for (let i = 1; i <= BLOCKS[b] && remaining > 0; i++) {
        const name = layerName(b + 1, i)
        const layer = this.layers.get(name)!
        x = this.plainGradient ? layer.applyPlain(x) : layer.apply(x)
        if (wanted.includes(name)) {
          out[name] = x
          remaining--
        }
      }
    }
    return out
  }

  dispose(): void {
    for (const tensor of this.owned) tensor.dispose()
    this.mean.dispose()
    this.owned.length = 0
    this.layers.clear()
  }
}

function pool(x: tf.Tensor4D, pooling: Pooling): tf.Tensor4D {
  return pooling === 'max'
    ? tf.maxPool(x, 2, 2, 'valid')
    : tf.avgPool(x, 2, 2, 'valid')
}

/** The weights' "caffe" convention: BGR order, ImageNet mean subtracted. */
export function preprocess(
  rgb: tf.Tensor4D,
  meanBgr: tf.Tensor1D
): tf.Tensor4D {
  return tf.sub(tf.reverse(rgb, -1), meanBgr)
}

import * as tf from '@tensorflow/tfjs-core'

import { CONTENT_LAYER, REFLECT_PADDING, STYLE_LAYERS } from './constants'
import { gramMatrix } from './gram-matrix'
import {
  contentLoss,
  makeTarget,
  styleLoss,
  totalVariation,
  type Target
} from './losses'
import { styleWeightOf } from './style-weight'
import type { StylizeSettings } from './types'
import type { Vgg19 } from './vgg19'

const LAYERS = [...STYLE_LAYERS, CONTENT_LAYER]

/** What the image is pulled towards at one scale; lives for the scale. */
export interface Targets {
  content: Target
  style: Target[]
}

/** A style image at one scale with its share of the blend. [1, h, w, 3] */
export interface ScaledStyle {
  image: tf.Tensor4D
  weight: number
}

/**
 * Reflects REFLECT_PADDING pixels on both sides of one axis, from slices,
 * reversals and a concatenation: tfjs's MirrorPad gradient drops what
 * flows into the reflected copies, which starves the border of gradient.
 */
function reflectPad(x: tf.Tensor4D, axis: 1 | 2): tf.Tensor4D {
  const p = REFLECT_PADDING
  const n = x.shape[axis]
  const begin = [0, 0, 0, 0]
  const size = [...x.shape]
  const part = (from: number) => {
    begin[axis] = from
    size[axis] = p
    return tf.reverse(tf.slice(x, begin, size), axis)
  }
  return tf.concat([part(1), x, part(n - 1 - p)], axis) as tf.Tensor4D
}

/**
 * VGG-19 features of the image with its border reflected before the first
 * layer and cropped off every feature map after, so that the convolutions'
 * zero padding falls outside what the losses see and leaves no frame or
 * edge artifacts. The crop halves at each block, as the maps do.
 */
export function featuresOf(
  model: Vgg19,
  image: tf.Tensor4D,
  layers: readonly string[],
  pooling: StylizeSettings['pooling']
): Record<string, tf.Tensor4D> {
  const padded = reflectPad(reflectPad(image, 1), 2)
  const features = model.features(padded, layers, pooling)
  const [, height, width] = image.shape
  const cropped: Record<string, tf.Tensor4D> = {}
  for (const name of layers) {
    const shrink = 2 ** (Number(name[4]) - 1) // conv4_2 -> block 4 -> 8
    const f = features[name]
    const [, fh, fw, c] = f.shape
    const [h, w] = [Math.floor(height / shrink), Math.floor(width / shrink)]
    const [top, left] = [(fh - h) >> 1, (fw - w) >> 1]
    cropped[name] = tf.slice(f, [0, top, left, 0], [1, h, w, c])
  }
  return cropped
}

/** The blend of the styles' Gram matrices, weighted, at each style layer. */
function blendedGrams(
  model: Vgg19,
  styles: ScaledStyle[],
  settings: StylizeSettings
): tf.Tensor2D[] {
  const total = styles.reduce((sum, s) => sum + s.weight, 0)
  const perStyle = styles.map((s) => {
    const features = featuresOf(model, s.image, STYLE_LAYERS, settings.pooling)
    return STYLE_LAYERS.map((name) =>
      tf.mul(gramMatrix(features[name]), s.weight / total)
    )
  })
  return STYLE_LAYERS.map(
    (_, l) => tf.addN(perStyle.map((grams) => grams[l])) as tf.Tensor2D
  )
}

export function computeTargets(
  model: Vgg19,
  content: tf.Tensor4D,
  styles: ScaledStyle[],
  settings: StylizeSettings
): Targets {
  // tidy keeps plain tensors only: flatten, then rebuild the targets.
  const [contentValue, contentNorm, ...styleTargets] = tf.tidy(() => {
    const contentFeatures = featuresOf(
      model,
      content,
      [CONTENT_LAYER],
      settings.pooling
    )
    return [
      makeTarget(contentFeatures[CONTENT_LAYER]),
      ...blendedGrams(model, styles, settings).map(makeTarget)
    ].flatMap((target) => [target.value, target.normSquared])
  })
  return {
    content: { value: contentValue, normSquared: contentNorm as tf.Scalar },
    style: STYLE_LAYERS.map((_, i) => ({
      value: styleTargets[2 * i],
      normSquared: styleTargets[2 * i + 1] as tf.Scalar
    }))
  }
}

export function disposeTargets(targets: Targets): void {
  for (const target of [targets.content, ...targets.style]) {
    target.value.dispose()
    target.normSquared.dispose()
  }
}

/** The weighted loss terms of one image, each a scalar tensor. */
export interface LossTerms {
  content: tf.Scalar
  style: tf.Scalar
  smoothness: tf.Scalar
  total: tf.Scalar
}

export function lossTerms(
  model: Vgg19,
  image: tf.Tensor4D,
  targets: Targets,
  settings: StylizeSettings
): LossTerms {
  const features = featuresOf(model, image, LAYERS, settings.pooling)
  const content = contentLoss(features[CONTENT_LAYER], targets.content)
  const style = styleLoss(
    STYLE_LAYERS.map((name) => features[name]),
    targets.style
  )
  const smoothness = totalVariation(image)
  const total = tf.addN([
    tf.mul(content, settings.contentWeight),
    tf.mul(style, styleWeightOf(settings.styleStrength)),
    tf.mul(smoothness, settings.smoothness * SMOOTHNESS_SCALE)
  ]) as tf.Scalar
  return { content, style, smoothness, total }
}

/**
 * Total variation of a photo is around 1e-3 of the pixel range squared, a
 * thousand times smaller than the relative content and style terms; this
 * puts smoothness 1 on the same footing.
 */
export const SMOOTHNESS_SCALE = 100

import * as tf from '@tensorflow/tfjs-core'

import { CONTENT_LAYER, STYLE_LAYERS } from './constants'
import { gramMatrix } from './gram-matrix'
import {
  contentLoss,
  makeTarget,
  styleLoss,
  totalVariation,
  type Target
} from './losses'
import type { StylizeSettings } from './types'
import type { Vgg19 } from './vgg19'

const LAYERS = [...STYLE_LAYERS, CONTENT_LAYER]

/** What the image is pulled towards at one scale; lives for the scale. */
export interface Targets {
  content: Target
  style: Target[]
}

export function computeTargets(
  model: Vgg19,
  content: tf.Tensor4D,
  style: tf.Tensor4D,
  settings: StylizeSettings
): Targets {
  // tidy keeps plain tensors only: flatten, then rebuild the targets.
  const [contentValue, contentNorm, ...styleTargets] = tf.tidy(() => {
    const contentFeatures = model.features(
      content,
      [CONTENT_LAYER],
      settings.pooling
    )
    const styleFeatures = model.features(style, STYLE_LAYERS, settings.pooling)
    return [
      makeTarget(contentFeatures[CONTENT_LAYER]),
      ...STYLE_LAYERS.map((name) => makeTarget(gramMatrix(styleFeatures[name])))
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
  const features = model.features(image, LAYERS, settings.pooling)
  const content = contentLoss(features[CONTENT_LAYER], targets.content)
  const style = styleLoss(
    STYLE_LAYERS.map((name) => features[name]),
    targets.style
  )
  const smoothness = totalVariation(image)
  const total = tf.addN([
    tf.mul(content, settings.contentWeight),
    tf.mul(style, settings.styleStrength),
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

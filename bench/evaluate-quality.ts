import * as tf from '@tensorflow/tfjs-core'

import { CONTENT_LAYER, STYLE_LAYERS } from '../ui/engine/constants'
import { gramMatrix } from '../ui/engine/gram-matrix'
import { fitLongSide, imageToTensor, resizeTo } from '../ui/engine/image-tensor'
import { makeTarget, relativeError, type Target } from '../ui/engine/losses'
import { featuresOf } from '../ui/engine/objective'
import type { RgbaImage } from '../ui/engine/types'
import type { Vgg19 } from '../ui/engine/vgg19'

export interface Quality {
  /** Mean relative Gram distance, conv1_1 to conv5_1. */
  style: number
  /** Relative feature distance at conv4_2. */
  content: number
}

/**
 * One fixed judge for every run: VGG-19 distances at the output size,
 * with the style at the same long side, whatever recipe made the image.
 */
export class QualityJudge {
  private readonly grams: Target[]
  private readonly features: Target

  constructor(
    private readonly model: Vgg19,
    content: RgbaImage,
    style: RgbaImage,
    size: number
  ) {
    const c = fitLongSide(content.width, content.height, size)
    const s = fitLongSide(style.width, style.height, size)
    const [features, ...grams] = tf.tidy(() => {
      const fc = featuresOf(
        model,
        resizeTo(imageToTensor(content), c.height, c.width),
        [CONTENT_LAYER],
        'max'
      )
      const fs = featuresOf(
        model,
        resizeTo(imageToTensor(style), s.height, s.width),
        STYLE_LAYERS,
        'max'
      )
      return [fc[CONTENT_LAYER], ...STYLE_LAYERS.map((l) => gramMatrix(fs[l]))]
    })
    this.features = makeTarget(features)
    this.grams = grams.map(makeTarget)
  }

  judge(image: RgbaImage): Quality {
    return tf.tidy(() => {
      const x = imageToTensor(image)
      const f = featuresOf(
        this.model,
        x,
        [...STYLE_LAYERS, CONTENT_LAYER],
        'max'
      )
      const style = STYLE_LAYERS.map((l, i) =>
        relativeError(gramMatrix(f[l]), this.grams[i])
      )
      return {
        style: tf.addN(style).dataSync()[0] / STYLE_LAYERS.length,
        content: relativeError(f[CONTENT_LAYER], this.features).dataSync()[0]
      }
    })
  }

  dispose(): void {
    for (const t of [this.features, ...this.grams]) {
      t.value.dispose()
      t.normSquared.dispose()
    }
  }
}

import * as tf from '@tensorflow/tfjs-core'

import { countStepFlops } from '../ui/engine/count-step-flops'
import { gramPath } from '../ui/engine/gram-matrix'
import { fitLongSide, imageToTensor, resizeTo } from '../ui/engine/image-tensor'
import {
  computeTargets,
  disposeTargets,
  lossTerms
} from '../ui/engine/objective'
import type { RgbaImage } from '../ui/engine/types'
import { validateSettings } from '../ui/engine/validate-settings'
import type { Vgg19 } from '../ui/engine/vgg19'
import { median, TIMED, WARM_UP, type StepRow } from './measure-steps'

/**
 * The baseline the engine is measured against: the same network and
 * losses through tfjs's stock path, an optimizer's minimize() on a
 * variable, tfjs's own convolution gradient and matMul Gram matrices, the
 * loss read every step.
 */
export async function measurePlainMinimizeAsync(
  model: Vgg19,
  content: RgbaImage,
  style: RgbaImage,
  size: number
): Promise<StepRow> {
  const settings = validateSettings({ size })
  const { width, height } = fitLongSide(content.width, content.height, size)
  const c = tf.tidy(() => resizeTo(imageToTensor(content), height, width))
  const s = tf.tidy(() => resizeTo(imageToTensor(style), height, width))
  const targets = computeTargets(model, c, [{ image: s, weight: 1 }], settings)
  const image = tf.variable(c)
  const optimizer = tf.train.adam(settings.learningRate)
  model.plainGradient = true
  gramPath.plain = true
  const times: number[] = []
  try {
    for (let i = 0; i < WARM_UP + TIMED; i++) {
      const started = performance.now()
      const loss = optimizer.minimize(
        () =>
          lossTerms(model, image as unknown as tf.Tensor4D, targets, settings)
            .total,
        true,
        [image]
      )
      await loss!.data()
      loss!.dispose()
      if (i >= WARM_UP) times.push(performance.now() - started)
    }
  } finally {
    model.plainGradient = false
    gramPath.plain = false
    optimizer.dispose()
    ;[image, c, s].forEach((t) => t.dispose())
    disposeTargets(targets)
  }
  const stepMs = median(times)
  const flops = countStepFlops({ width, height })
  return {
    backend: 'wasm, plain minimize',
    size,
    stepMs,
    gflops: flops / stepMs / 1e6,
    liveTensors: tf.memory().numTensors,
    peakMB: null
  }
}

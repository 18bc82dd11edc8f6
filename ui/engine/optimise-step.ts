import * as tf from '@tensorflow/tfjs-core'

import { adamStep, makeAdamState, type AdamState } from './adam'
import { lossTerms, type LossTerms, type Targets } from './objective'
import type { StylizeSettings } from './types'
import type { Vgg19 } from './vgg19'

/** What one scale's optimisation carries from step to step. */
export interface OptimiseState {
  /** The image being optimised, RGB in 0-255. [1, h, w, 3] */
  image: tf.Tensor4D
  /** Moving average of the iterates: the output, smoother than the last. */
  average: tf.Tensor4D
  adam: AdamState
}

/** Weight of the past in the moving average of iterates. */
const AVERAGE_DECAY = 0.9

export function makeOptimiseState(image: tf.Tensor4D): OptimiseState {
  return { image, average: tf.clone(image), adam: makeAdamState(image) }
}

export function disposeOptimiseState(state: OptimiseState): void {
  for (const t of [state.image, state.average, state.adam.m, state.adam.v]) {
    t.dispose()
  }
}

function keepAll(terms: LossTerms): LossTerms {
  Object.values(terms).forEach((t) => tf.keep(t))
  return terms
}

/**
 * One Adam step on the image. Returns the new state (the caller disposes
 * the old one) and, when asked, the loss terms, which the caller disposes
 * once read.
 */
export function optimiseStep(
  model: Vgg19,
  state: OptimiseState,
  targets: Targets,
  settings: StylizeSettings,
  keepLosses: boolean
): { state: OptimiseState; losses: LossTerms | null } {
  const kept: LossTerms[] = []
  const [image, average, m, v] = tf.tidy(() => {
    // The gradient's forward pass runs in a tidy of its own: terms to be
    // read later must be kept from inside it.
    const { grad } = tf.valueAndGrad((x: tf.Tensor4D) => {
      const terms = lossTerms(model, x, targets, settings)
      if (keepLosses) kept.push(keepAll(terms))
      return terms.total
    })(state.image)
    const next = adamStep(
      state.image,
      grad as tf.Tensor4D,
      state.adam,
      settings.learningRate
    )
    const clipped = tf.clipByValue(next.x, 0, 255)
    const averaged = tf.add(
      tf.mul(state.average, AVERAGE_DECAY),
      tf.mul(clipped, 1 - AVERAGE_DECAY)
    )
    return [clipped, averaged, next.state.m, next.state.v] as tf.Tensor4D[]
  })
  return {
    state: { image, average, adam: { m, v, t: state.adam.t + 1 } },
    losses: kept[0] ?? null
  }
}

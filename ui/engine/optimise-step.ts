import * as tf from '@tensorflow/tfjs-core'

import { adamStep, makeAdamState, type AdamState } from './adam'
import {
  disposeLbfgsState,
  lbfgsStep,
  makeLbfgsState,
  type LbfgsState
} from './lbfgs'
import {
  makePyramidState,
  pyramidAdamStep,
  type PyramidState
} from './pyramid-adam'
import { lossTerms, type LossTerms, type Targets } from './objective'
import type { StylizeSettings } from './types'
import type { Vgg19 } from './vgg19'

/** What one scale's optimisation carries from step to step. */
export interface OptimiseState {
  /** The image being optimised, RGB in 0-255. [1, h, w, 3] */
  image: tf.Tensor4D
  /** Moving average of the iterates: the output, smoother than the last. */
  average: tf.Tensor4D
  /** Adam's moments, L-BFGS's history or the pyramid's moments: one of them. */
  adam: AdamState | null
  lbfgs: LbfgsState | null
  pyramid: PyramidState | null
}

/** L-BFGS's step is capped at this root mean square, in pixel units. */
const LBFGS_MAX_STEP = 12

/** Weight of the past in the moving average of iterates. */
const AVERAGE_DECAY = 0.9

export function makeOptimiseState(
  image: tf.Tensor4D,
  optimizer: StylizeSettings['optimizer']
): OptimiseState {
  return {
    image,
    average: tf.clone(image),
    adam: optimizer === 'adam' ? makeAdamState(image) : null,
    lbfgs: optimizer === 'lbfgs' ? makeLbfgsState() : null,
    pyramid: optimizer === 'pyramid' ? makePyramidState(image) : null
  }
}

export function disposeOptimiseState(state: OptimiseState): void {
  state.image.dispose()
  state.average.dispose()
  state.adam?.m.dispose()
  state.adam?.v.dispose()
  if (state.lbfgs) disposeLbfgsState(state.lbfgs)
  state.pyramid?.levels.forEach((l) => {
    l.m.dispose()
    l.v.dispose()
  })
}

/** Adam, Adam on a pyramid or L-BFGS from the image and its gradient; inside a tidy. */
function update(
  state: OptimiseState,
  grad: tf.Tensor4D,
  settings: StylizeSettings
): {
  x: tf.Tensor4D
  adam: AdamState | null
  lbfgs: LbfgsState | null
  pyramid: PyramidState | null
  dropped: tf.Tensor[]
} {
  if (state.adam) {
    const next = adamStep(state.image, grad, state.adam, settings.learningRate)
    return { x: next.x, adam: next.state, lbfgs: null, pyramid: null, dropped: [] }
  }
  if (state.pyramid) {
    const next = pyramidAdamStep(state.image, grad, state.pyramid, settings.learningRate)
    return { x: next.x, adam: null, lbfgs: null, pyramid: next.state, dropped: [] }
  }
  const next = lbfgsStep(
    tf.clone(state.image),
    grad,
    state.lbfgs!,
    settings.learningRate,
    LBFGS_MAX_STEP
  )
  return {
    x: next.x as tf.Tensor4D,
    adam: null,
    lbfgs: next.state,
    pyramid: null,
    dropped: next.dropped
  }
}

function lbfgsTensors(state: LbfgsState): tf.Tensor[] {
  const pairs = state.history.flatMap((p) => [p.s, p.y, p.rho])
  return state.previous ? [state.previous.x, state.previous.grad, ...pairs] : pairs
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
  let next: ReturnType<typeof update> | null = null
  const [image, average] = tf.tidy(() => {
    // The gradient's forward pass runs in a tidy of its own: terms to be
    // read later must be kept from inside it.
    const { grad } = tf.valueAndGrad((x: tf.Tensor4D) => {
      const terms = lossTerms(model, x, targets, settings)
      if (keepLosses) kept.push(keepAll(terms))
      return terms.total
    })(state.image)
    next = update(state, grad as tf.Tensor4D, settings)
    // The optimiser's new state outlives this tidy.
    if (next.adam) [next.adam.m, next.adam.v].forEach((t) => tf.keep(t))
    if (next.lbfgs) lbfgsTensors(next.lbfgs).forEach((t) => tf.keep(t))
    next.pyramid?.levels.forEach((l) => [l.m, l.v].forEach((t) => tf.keep(t)))
    const clipped = tf.clipByValue(next.x, 0, 255)
    const averaged = tf.add(
      tf.mul(state.average, AVERAGE_DECAY),
      tf.mul(clipped, 1 - AVERAGE_DECAY)
    )
    return [clipped, averaged] as tf.Tensor4D[]
  })
  const { adam, lbfgs, pyramid, dropped } = next!
  // The old state is disposed by the caller; what L-BFGS dropped from its
  // history is not part of it.
  dropped.forEach((t) => t.dispose())
  if (state.lbfgs) state.lbfgs = makeLbfgsState()
  return {
    state: { image, average, adam, lbfgs, pyramid },
    losses: kept[0] ?? null
  }
}

import * as tf from '@tensorflow/tfjs-core'

import { adamStep, makeAdamState, type AdamState } from './adam'
import { disposeReplaced, tensorsIn } from './carry-over'
import { lbfgsStep, makeLbfgsState, type LbfgsState } from './lbfgs'
import {
  makePyramidState,
  pyramidAdamStep,
  type PyramidState
} from './pyramid-adam'
import { lossTerms, type LossTerms, type Targets } from './objective'
import type { StylizeSettings } from './types'
import type { Vgg19 } from './vgg19'

/** The optimiser's own state: exactly one of the three. */
export type OptimizerState =
  | { kind: 'adam'; adam: AdamState }
  | { kind: 'lbfgs'; lbfgs: LbfgsState }
  | { kind: 'pyramid'; pyramid: PyramidState }

/** What one scale's optimisation carries from step to step. */
export interface OptimiseState {
  /** The image being optimised, RGB in 0-255. [1, h, w, 3] */
  image: tf.Tensor4D
  /** Moving average of the iterates: the output, smoother than the last. */
  average: tf.Tensor4D
  optimizer: OptimizerState
}

/** L-BFGS's step is capped at this root mean square, in pixel units. */
const LBFGS_MAX_STEP = 12

/** Weight of the past in the moving average of iterates. */
const AVERAGE_DECAY = 0.9

function makeOptimizerState(
  image: tf.Tensor4D,
  optimizer: StylizeSettings['optimizer']
): OptimizerState {
  switch (optimizer) {
    case 'adam':
      return { kind: 'adam', adam: makeAdamState(image) }
    case 'lbfgs':
      return { kind: 'lbfgs', lbfgs: makeLbfgsState() }
    case 'pyramid':
      return { kind: 'pyramid', pyramid: makePyramidState(image) }
  }
}

export function makeOptimiseState(
  image: tf.Tensor4D,
  optimizer: StylizeSettings['optimizer']
): OptimiseState {
  return {
    image,
    average: tf.clone(image),
    optimizer: makeOptimizerState(image, optimizer)
  }
}

export function disposeOptimiseState(state: OptimiseState): void {
  tensorsIn(state).forEach((t) => t.dispose())
}

/** The optimiser's move from the image and its gradient; inside a tidy. */
function update(
  state: OptimiseState,
  grad: tf.Tensor4D,
  settings: StylizeSettings
): { x: tf.Tensor4D; optimizer: OptimizerState } {
  const { learningRate } = settings
  const current = state.optimizer
  switch (current.kind) {
    case 'adam': {
      const next = adamStep(state.image, grad, current.adam, learningRate)
      return { x: next.x, optimizer: { kind: 'adam', adam: next.state } }
    }
    case 'pyramid': {
      const next = pyramidAdamStep(
        state.image,
        grad,
        current.pyramid,
        learningRate
      )
      return { x: next.x, optimizer: { kind: 'pyramid', pyramid: next.state } }
    }
    case 'lbfgs': {
      const next = lbfgsStep(
        state.image,
        grad,
        current.lbfgs,
        learningRate,
        LBFGS_MAX_STEP
      )
      return {
        x: next.x as tf.Tensor4D,
        optimizer: { kind: 'lbfgs', lbfgs: next.state }
      }
    }
  }
}

function keepAll(terms: LossTerms): LossTerms {
  Object.values(terms).forEach((t) => tf.keep(t))
  return terms
}

/**
 * One optimiser step on the image. Returns the new state and, when asked,
 * the loss terms, which the caller disposes once read. The old state is
 * used up: what the new one does not hand on is disposed. If the step
 * throws, the old state is left whole, for the caller to dispose.
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
    tensorsIn(next.optimizer).forEach((t) => tf.keep(t))
    const clipped = tf.clipByValue(next.x, 0, 255)
    const averaged = tf.add(
      tf.mul(state.average, AVERAGE_DECAY),
      tf.mul(clipped, 1 - AVERAGE_DECAY)
    )
    return [clipped, averaged] as tf.Tensor4D[]
  })
  const stepped: OptimiseState = { image, average, optimizer: next!.optimizer }
  disposeReplaced(state, stepped)
  return { state: stepped, losses: kept[0] ?? null }
}

import * as tf from '@tensorflow/tfjs-core'

import { LOSS_READ_EVERY } from './constants'
import { CancelledError } from './errors'
import { checkImage, imageToTensor, resizeTo } from './image-tensor'
import { computeTargets, disposeTargets, type Targets } from './objective'
import {
  disposeOptimiseState,
  makeOptimiseState,
  optimiseStep,
  type OptimiseState
} from './optimise-step'
import { planScales, type Scale } from './plan-scales'
import { planSizes, type Size } from './plan-sizes'
import { seededNoise } from './random'
import { alphaAtAsync, readImageAsync, readLossesAsync } from './read-back'
import type {
  LossRecord,
  RgbaImage,
  StylizeOptions,
  StylizeProgress,
  StylizeResult,
  StylizeSettings
} from './types'
import { validateSettings } from './validate-settings'
import type { Vgg19 } from './vgg19'

export interface StylizeRequest {
  model: Vgg19
  content: RgbaImage
  style: RgbaImage
  settings: Partial<StylizeSettings>
}

/** The start is the content plus this much noise, so flat areas move. */
const NOISE_AMPLITUDE = 8

function yieldAsync(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

function area(size: Size): number {
  return size.width * size.height
}

/** The first scale starts from the content plus seeded noise. */
function startingImage(content: tf.Tensor4D, seed: number): tf.Tensor4D {
  return tf.tidy(() => {
    const noise = seededNoise(content.size, NOISE_AMPLITUDE, seed)
    const noisy = tf.add(content, tf.tensor(noise, content.shape))
    return tf.clipByValue(noisy, 0, 255) as tf.Tensor4D
  })
}

/** Content and style at one scale, and their targets. */
function scaleTargets(
  model: Vgg19,
  request: StylizeRequest,
  scale: Scale,
  settings: StylizeSettings
): { targets: Targets; content: tf.Tensor4D } {
  const { content: c, style: s } = scale
  const content = tf.tidy(() =>
    resizeTo(imageToTensor(request.content), c.height, c.width)
  )
  const style = tf.tidy(() =>
    resizeTo(imageToTensor(request.style), s.height, s.width)
  )
  const targets = computeTargets(model, content, style, settings)
  style.dispose()
  return { targets, content }
}

/** Time left, from the time per pixel-step so far: later scales cost more. */
class Clock {
  private readonly startedAt = Date.now()
  private done = 0
  private left: number

  constructor(scales: Scale[]) {
    this.left = scales.reduce((sum, s) => sum + s.steps * area(s.content), 0)
  }

  tick(scale: Scale): void {
    this.done += area(scale.content)
    this.left -= area(scale.content)
  }

  elapsedMs(): number {
    return Date.now() - this.startedAt
  }

  remainingMs(): number {
    return (this.elapsedMs() / this.done) * this.left
  }
}

/**
 * Gatys et al.'s optimisation, coarse to fine: the image itself is changed,
 * step by step, so that its VGG-19 features keep the content's and its Gram
 * matrices approach the style's. Yields to the event loop every step;
 * rejects with CancelledError within one step of options.signal aborting.
 * Leaves no tensors behind on any path.
 */
export async function stylizeAsync(
  request: StylizeRequest,
  options: StylizeOptions = {}
): Promise<StylizeResult> {
  const settings = validateSettings(request.settings)
  checkImage(request.content, 'content')
  checkImage(request.style, 'style')
  const { model } = request
  const previewEvery = options.previewEvery ?? 10
  const sizes = planSizes(request.content, request.style, settings.size)
  const scales = planScales(sizes.working, sizes.style, settings.steps)
  const alpha = await alphaAtAsync(request.content, sizes.output)
  const clock = new Clock(scales)

  let targets: Targets | null = null
  let state: OptimiseState | null = null
  let losses: LossRecord | null = null
  let stepIndex = 0
  try {
    for (const scale of scales) {
      // Targets for this scale; the image starts from the last scale's.
      const prepared = scaleTargets(model, request, scale, settings)
      targets = prepared.targets
      const { width, height } = scale.content
      const start = state
        ? tf.tidy(() => resizeTo(state!.average, height, width))
        : startingImage(prepared.content, settings.seed)
      prepared.content.dispose()
      if (state) disposeOptimiseState(state)
      state = makeOptimiseState(start)

      for (let i = 1; i <= scale.steps; i++) {
        if (options.signal?.aborted) throw new CancelledError()
        stepIndex++
        const last = stepIndex === settings.steps
        const read = last || stepIndex % LOSS_READ_EVERY === 0
        const next = optimiseStep(model, state, targets, settings, read)
        disposeOptimiseState(state)
        state = next.state
        if (next.losses) losses = await readLossesAsync(next.losses)
        clock.tick(scale)
        options.onProgress?.(progress(stepIndex, settings.steps, clock, losses))
        if (options.onPreview && (stepIndex % previewEvery === 0 || last)) {
          options.onPreview(await readImageAsync(state.average, sizes.output, alpha))
        }
        await yieldAsync()
      }
      disposeTargets(targets)
      targets = null
    }
    if (options.signal?.aborted) throw new CancelledError()

    return {
      image: await readImageAsync(state!.average, sizes.output, alpha),
      steps: settings.steps,
      elapsedMs: clock.elapsedMs(),
      losses: losses!
    }
  } finally {
    if (targets) disposeTargets(targets)
    if (state) disposeOptimiseState(state)
  }
}

function progress(
  step: number,
  totalSteps: number,
  clock: Clock,
  losses: LossRecord | null
): StylizeProgress {
  return {
    step,
    totalSteps,
    elapsedMs: clock.elapsedMs(),
    remainingMs: clock.remainingMs(),
    losses
  }
}

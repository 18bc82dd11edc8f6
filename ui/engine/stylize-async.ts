import * as tf from '@tensorflow/tfjs-core'

import { LOSS_READ_EVERY } from './constants'
import { abortable } from './abortable'
import { CancelledError, ImageError, SettingsError } from './errors'
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
import { prepareColors, type ColorPlan } from './prepare-colors'
import { readImageAsync, readLossesAsync, resizeImageAsync } from './read-back'
import type {
  LossRecord,
  RgbaImage,
  StylizeOptions,
  StylizeProgress,
  StylizeResult,
  StylizeSettings,
  WeightedStyle
} from './types'
import { validateSettings } from './validate-settings'
import type { Vgg19 } from './vgg19'

export interface StylizeRequest {
  model: Vgg19
  content: RgbaImage
  /** One style; or give `styles` to blend several. */
  style?: RgbaImage
  /** Styles blended by weight: their Gram targets are mixed. */
  styles?: WeightedStyle[]
  settings: Partial<StylizeSettings>
}

/** The request's styles, checked: at least one, weights summing above 0. */
function stylesOf(request: StylizeRequest): WeightedStyle[] {
  const styles =
    request.styles ?? (request.style ? [{ image: request.style, weight: 1 }] : [])
  if (styles.length === 0) throw new ImageError('Choose a style image.')
  styles.forEach((s, i) => checkImage(s.image, `style ${i + 1}`))
  const weights = styles.map((s) => s.weight)
  if (weights.some((w) => !(w >= 0)) || !(weights.reduce((a, b) => a + b) > 0)) {
    throw new SettingsError(
      'Style weights must be 0 or more, and at least one above 0.'
    )
  }
  return styles
}

function yieldAsync(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

function area(size: Size): number {
  return size.width * size.height
}

/** The first scale starts from the content plus seeded noise. */
function startingImage(
  content: tf.Tensor4D,
  settings: StylizeSettings
): tf.Tensor4D {
  // Noise gives flat areas (common in mockups) a gradient to start from.
  return tf.tidy(() => {
    const noise = seededNoise(content.size, settings.noise, settings.seed)
    const noisy = tf.add(content, tf.tensor(noise, content.shape))
    return tf.clipByValue(noisy, 0, 255) as tf.Tensor4D
  })
}

function tensorAt(image: RgbaImage, size: Size): tf.Tensor4D {
  return tf.tidy(() => resizeTo(imageToTensor(image), size.height, size.width))
}

/** Content and styles at one scale, and their targets. */
function scaleTargets(
  model: Vgg19,
  colors: ColorPlan,
  scale: Scale,
  settings: StylizeSettings
): { targets: Targets; content: tf.Tensor4D } {
  const content = tensorAt(colors.content, scale.content)
  const styles = colors.styles.map((s, i) => ({
    image: tensorAt(s.image, scale.styles[i]),
    weight: s.weight
  }))
  try {
    return { targets: computeTargets(model, content, styles, settings), content }
  } finally {
    styles.forEach((s) => s.image.dispose())
  }
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
  const styles = stylesOf(request)
  const { model } = request
  const { signal } = options
  const previewEvery = options.previewEvery ?? 10
  const sizes = planSizes(
    request.content,
    styles.map((s) => s.image),
    settings.size,
    settings.styleScale
  )
  const original = await resizeImageAsync(request.content, sizes.output)
  if (settings.styleStrength === 0) return unchanged(original)
  const colors = prepareColors(request.content, styles, settings.preserveColors)
  const scales = planScales(
    sizes.working,
    sizes.styles,
    settings.steps,
    settings.coarseToFine ? undefined : 1
  )
  const clock = new Clock(scales)
  const readAsync = async (image: tf.Tensor4D) =>
    colors.finish(await readImageAsync(image, sizes.output, original), original)

  let targets: Targets | null = null
  let state: OptimiseState | null = null
  let losses: LossRecord | null = null
  let stepIndex = 0
  try {
    for (const scale of scales) {
      // Targets for this scale; the image starts from the last scale's.
      const prepared = scaleTargets(model, colors, scale, settings)
      targets = prepared.targets
      const { width, height } = scale.content
      const start = state
        ? tf.tidy(() => resizeTo(state!.average, height, width))
        : startingImage(prepared.content, settings)
      prepared.content.dispose()
      if (state) disposeOptimiseState(state)
      state = makeOptimiseState(start, settings.optimizer)

      for (let i = 1; i <= scale.steps; i++) {
        if (signal?.aborted) throw new CancelledError()
        stepIndex++
        const last = stepIndex === settings.steps
        const read = last || stepIndex % LOSS_READ_EVERY === 0
        const next = optimiseStep(model, state, targets, settings, read)
        disposeOptimiseState(state)
        state = next.state
        if (next.losses) {
          losses = await abortable(readLossesAsync(next.losses), signal)
        }
        clock.tick(scale)
        options.onProgress?.(progress(stepIndex, settings.steps, clock, losses))
        if (options.onPreview && (stepIndex % previewEvery === 0 || last)) {
          options.onPreview(await abortable(readAsync(state.average), signal))
        }
        await abortable(yieldAsync(), signal)
      }
      disposeTargets(targets)
      targets = null
    }
    if (signal?.aborted) throw new CancelledError()

    return {
      image: await abortable(readAsync(state!.average), signal),
      steps: settings.steps,
      elapsedMs: clock.elapsedMs(),
      losses: losses!
    }
  } finally {
    if (targets) disposeTargets(targets)
    if (state) disposeOptimiseState(state)
  }
}

/** Strength 0 asks for no style at all: the content, at the output size. */
function unchanged(content: RgbaImage): StylizeResult {
  const losses = { content: 0, style: Number.NaN, smoothness: 0, total: 0 }
  return { image: content, steps: 0, elapsedMs: 0, losses }
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

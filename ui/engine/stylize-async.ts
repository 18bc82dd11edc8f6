import * as tf from '@tensorflow/tfjs-core'

import { abortable } from './abortable'
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
import { prepareColors, type ColorPlan } from './prepare-colors'
import { readImageAsync, readLossesAsync, resizeImageAsync } from './read-back'
import { Clock } from './run-clock'
import { stylesOf } from './styles-of'
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

function yieldAsync(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/** The first scale starts from its start image plus seeded noise. */
function startingImage(
  start: tf.Tensor4D,
  settings: StylizeSettings
): tf.Tensor4D {
  // Noise gives flat areas (common in mockups) a gradient to start from.
  return tf.tidy(() => {
    const noise = seededNoise(start.size, settings.noise, settings.seed)
    const noisy = tf.add(start, tf.tensor(noise, start.shape))
    return tf.clipByValue(noisy, 0, 255) as tf.Tensor4D
  })
}

function tensorAt(image: RgbaImage, size: Size): tf.Tensor4D {
  return tf.tidy(() => resizeTo(imageToTensor(image), size.height, size.width))
}

/** The targets of one scale, from the content and styles at its sizes. */
function scaleTargets(
  model: Vgg19,
  colors: ColorPlan,
  scale: Scale,
  settings: StylizeSettings
): Targets {
  const content = tensorAt(colors.content, scale.content)
  const styles = colors.styles.map((s, i) => ({
    image: tensorAt(s.image, scale.styles[i]),
    weight: s.weight
  }))
  try {
    return computeTargets(model, content, styles, settings)
  } finally {
    content.dispose()
    styles.forEach((s) => s.image.dispose())
  }
}

/** What one run carries from scale to scale and step to step. */
interface Run {
  model: Vgg19
  settings: StylizeSettings
  options: StylizeOptions
  clock: Clock
  /** The image as the caller sees it: output size, alpha, colours. */
  readAsync: (image: tf.Tensor4D) => Promise<RgbaImage>
  step: number
  losses: LossRecord | null
  targets: Targets | null
  state: OptimiseState | null
}

/**
 * A scale's targets, and its start: the colour plan's start for the first
 * scale, then the last scale's image, upsampled.
 */
function startScale(run: Run, colors: ColorPlan, scale: Scale): void {
  run.targets = scaleTargets(run.model, colors, scale, run.settings)
  const { width, height } = scale.content
  const previous = run.state
  const start = previous
    ? tf.tidy(() => resizeTo(previous.average, height, width))
    : tf.tidy(() =>
        startingImage(tensorAt(colors.start, scale.content), run.settings)
      )
  if (previous) disposeOptimiseState(previous)
  run.state = makeOptimiseState(start, run.settings.optimizer)
}

/** One step, then what the caller sees of it: progress, preview, a yield. */
async function stepAsync(run: Run, scale: Scale): Promise<void> {
  const { settings, options } = run
  const { signal } = options
  if (signal?.aborted) throw new CancelledError()
  run.step++
  const last = run.step === settings.steps
  const read = last || run.step % LOSS_READ_EVERY === 0
  const next = optimiseStep(run.model, run.state!, run.targets!, settings, read)
  run.state = next.state
  if (next.losses) {
    run.losses = await abortable(readLossesAsync(next.losses), signal)
  }
  run.clock.tick(scale)
  options.onProgress?.(progress(run))
  const previewEvery = options.previewEvery ?? 10
  if (options.onPreview && (run.step % previewEvery === 0 || last)) {
    const preview = await abortable(run.readAsync(next.state.average), signal)
    options.onPreview(preview)
  }
  await abortable(yieldAsync(), signal)
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
  const sizes = planSizes(
    request.content,
    styles.map((s) => s.image),
    settings.size,
    settings.styleScale
  )
  const original = await resizeImageAsync(request.content, sizes.output)
  if (settings.styleStrength === 0) return unchanged(original)
  const colors = prepareColors(
    request.content,
    styles,
    settings.preserveColors,
    settings.paletteStart
  )
  const scales = planScales(
    sizes.working,
    sizes.styles,
    settings.steps,
    settings.coarseToFine ? undefined : 1
  )
  const run: Run = {
    model: request.model,
    settings,
    options,
    clock: new Clock(scales),
    readAsync: async (image) =>
      colors.finish(
        await readImageAsync(image, sizes.output, original),
        original
      ),
    step: 0,
    losses: null,
    targets: null,
    state: null
  }

  try {
    for (const scale of scales) {
      startScale(run, colors, scale)
      for (let i = 0; i < scale.steps; i++) await stepAsync(run, scale)
      disposeTargets(run.targets!)
      run.targets = null
    }
    if (options.signal?.aborted) throw new CancelledError()
    const image = await abortable(
      run.readAsync(run.state!.average),
      options.signal
    )
    return {
      image,
      steps: settings.steps,
      elapsedMs: run.clock.elapsedMs(),
      losses: run.losses!
    }
  } finally {
    if (run.targets) disposeTargets(run.targets)
    if (run.state) disposeOptimiseState(run.state)
  }
}

/** Strength 0 asks for no style at all: the content, at the output size. */
function unchanged(content: RgbaImage): StylizeResult {
  const losses = { content: 0, style: Number.NaN, smoothness: 0, total: 0 }
  return { image: content, steps: 0, elapsedMs: 0, losses }
}

function progress(run: Run): StylizeProgress {
  return {
    step: run.step,
    totalSteps: run.settings.steps,
    elapsedMs: run.clock.elapsedMs(),
    remainingMs: run.clock.remainingMs(),
    losses: run.losses
  }
}

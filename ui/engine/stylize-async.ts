import * as tf from '@tensorflow/tfjs-core'

import { adamStep, makeAdamState, type AdamState } from './adam'
import { LOSS_READ_EVERY } from './constants'
import { CancelledError } from './errors'
import {
  checkImage,
  imageToTensor,
  resizeTo,
  rgbToImage
} from './image-tensor'
import {
  computeTargets,
  disposeTargets,
  lossTerms,
  type LossTerms,
  type Targets
} from './objective'
import { planSizes, type Size } from './plan-sizes'
import { seededNoise } from './random'
import type {
  LossRecord,
  RgbaImage,
  StylizeOptions,
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

interface RunState {
  image: tf.Tensor4D
  adam: AdamState
}

function yieldAsync(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

function startingImage(content: tf.Tensor4D, seed: number): tf.Tensor4D {
  return tf.tidy(() => {
    const noise = seededNoise(content.size, NOISE_AMPLITUDE, seed)
    const noisy = tf.add(content, tf.tensor(noise, content.shape))
    return tf.clipByValue(noisy, 0, 255) as tf.Tensor4D
  })
}

/** One optimisation step; returns the new state and, if asked, the losses. */
function step(
  model: Vgg19,
  state: RunState,
  targets: Targets,
  settings: StylizeSettings,
  keepLosses: boolean
): { state: RunState; losses: LossTerms | null } {
  const kept: LossTerms[] = []
  const [image, m, v] = tf.tidy(() => {
    // The gradient's forward pass runs in a tidy of its own: terms the
    // caller will read are kept explicitly, and disposed once read.
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
    return [clipped, next.state.m, next.state.v] as tf.Tensor4D[]
  })
  return {
    state: { image, adam: { m, v, t: state.adam.t + 1 } },
    losses: kept[0] ?? null
  }
}

function keepAll(terms: LossTerms): LossTerms {
  Object.values(terms).forEach((t) => tf.keep(t))
  return terms
}

function disposeState(state: RunState): void {
  state.image.dispose()
  state.adam.m.dispose()
  state.adam.v.dispose()
}

async function readLossesAsync(terms: LossTerms): Promise<LossRecord> {
  const [content, style, smoothness, total] = await Promise.all(
    [terms.content, terms.style, terms.smoothness, terms.total].map((t) =>
      t.data()
    )
  )
  for (const t of Object.values(terms)) t.dispose()
  return {
    content: content[0],
    style: style[0],
    smoothness: smoothness[0],
    total: total[0]
  }
}

/** The image at the output size, with the content's alpha. */
async function toImageAsync(
  image: tf.Tensor4D,
  output: Size,
  alphaFrom: RgbaImage
): Promise<RgbaImage> {
  const { width, height } = output
  const sized = resizeTo(image, height, width)
  const pixels = await sized.data()
  sized.dispose()
  return rgbToImage(pixels as Float32Array, width, height, alphaFrom)
}

function progressOf(
  stepIndex: number,
  totalSteps: number,
  startedAt: number,
  losses: LossRecord | null
) {
  const elapsedMs = Date.now() - startedAt
  const remainingMs = (elapsedMs / stepIndex) * (totalSteps - stepIndex)
  return { step: stepIndex, totalSteps, elapsedMs, remainingMs, losses }
}

/**
 * Gatys et al.'s optimisation: the image itself is changed, step by step,
 * so that its VGG-19 features keep the content's and its Gram matrices
 * approach the style's. Yields to the event loop every step; rejects with
 * CancelledError within one step of options.signal aborting. Leaves no
 * tensors behind on any path.
 */
export async function stylizeAsync(
  request: StylizeRequest,
  options: StylizeOptions = {}
): Promise<StylizeResult> {
  const settings = validateSettings(request.settings)
  checkImage(request.content, 'content')
  checkImage(request.style, 'style')
  const { model, content, style } = request
  const previewEvery = options.previewEvery ?? 10
  const sizes = planSizes(content, style, settings.size)
  const { output, working } = sizes
  const alpha = await alphaAtAsync(content, output.width, output.height)

  const startedAt = Date.now()
  let targets: Targets | null = null
  let state: RunState | null = null
  let losses: LossRecord | null = null
  try {
    // Content and style at the output's scale, and their targets. [1, h, w, 3]
    const contentRgb = tf.tidy(() =>
      resizeTo(imageToTensor(content), working.height, working.width)
    )
    const styleRgb = tf.tidy(() =>
      resizeTo(imageToTensor(style), sizes.style.height, sizes.style.width)
    )
    targets = computeTargets(model, contentRgb, styleRgb, settings)
    styleRgb.dispose()
    const image = startingImage(contentRgb, settings.seed)
    contentRgb.dispose()
    state = { image, adam: makeAdamState(image) }

    for (let i = 1; i <= settings.steps; i++) {
      if (options.signal?.aborted) throw new CancelledError()
      const last = i === settings.steps
      const read = last || i % LOSS_READ_EVERY === 0
      const result = step(model, state, targets, settings, read)
      disposeState(state)
      state = result.state
      if (result.losses) losses = await readLossesAsync(result.losses)
      options.onProgress?.(progressOf(i, settings.steps, startedAt, losses))
      if (options.onPreview && (i % previewEvery === 0 || last)) {
        options.onPreview(await toImageAsync(state.image, output, alpha))
      }
      await yieldAsync()
    }
    if (options.signal?.aborted) throw new CancelledError()

    return {
      image: await toImageAsync(state.image, output, alpha),
      steps: settings.steps,
      elapsedMs: Date.now() - startedAt,
      losses: losses!
    }
  } finally {
    if (targets) disposeTargets(targets)
    if (state) disposeState(state)
  }
}

/** The content's alpha at the output size, so transparency is kept. */
async function alphaAtAsync(
  content: RgbaImage,
  width: number,
  height: number
): Promise<RgbaImage> {
  if (content.width === width && content.height === height) return content
  const alpha = tf.tidy(() => {
    const channel = tf.tensor4d(
      Float32Array.from(content.data.filter((_, i) => i % 4 === 3)),
      [1, content.height, content.width, 1]
    )
    return resizeTo(channel, height, width)
  })
  const values = await alpha.data()
  alpha.dispose()
  const data = new Uint8ClampedArray(width * height * 4)
  values.forEach((value, i) => (data[i * 4 + 3] = value))
  return { width, height, data }
}

import * as tf from '@tensorflow/tfjs-core'

import type { EnginePage } from '../ui/cli/open-engine-page-async'
import { countStepFlops } from '../ui/engine/count-step-flops'
import { fitLongSide } from '../ui/engine/image-tensor'
import { stylizeAsync } from '../ui/engine/stylize-async'
import type { RgbaImage, StylizeSettings } from '../ui/engine/types'
import type { Vgg19 } from '../ui/engine/vgg19'

export interface StepRow {
  backend: string
  size: number
  /** Median over the timed steps, after warm-up. */
  stepMs: number
  gflops: number
  liveTensors: number
  peakMB: number | null
}

export const WARM_UP = 2
export const TIMED = 5

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Times between progress reports, skipping warm-up and the last step. */
function stepTimes(stamps: number[]): number[] {
  const deltas = stamps.slice(1).map((t, i) => t - stamps[i])
  return deltas.slice(WARM_UP - 1, WARM_UP - 1 + TIMED)
}

function settingsAt(size: number, overrides: Partial<StylizeSettings>) {
  return { size, steps: WARM_UP + TIMED + 1, coarseToFine: false, ...overrides }
}

function row(
  backend: string,
  size: number,
  content: RgbaImage,
  times: number[]
) {
  const stepMs = median(times)
  const flops = countStepFlops(fitLongSide(content.width, content.height, size))
  return { backend, size, stepMs, gflops: flops / stepMs / 1e6 }
}

/**
 * One run in Node at the defaults, or with `overrides` of them; peak
 * memory from tf.profile.
 */
export async function measureNodeAsync(
  backend: string,
  model: Vgg19,
  content: RgbaImage,
  style: RgbaImage,
  size: number,
  overrides: Partial<StylizeSettings> = {}
): Promise<StepRow> {
  const stamps: number[] = []
  let live = 0
  const info = await tf.profile(async () => {
    await stylizeAsync(
      { model, content, style, settings: settingsAt(size, overrides) },
      {
        onProgress: () => {
          stamps.push(performance.now())
          live = tf.memory().numTensors
        }
      }
    )
  })
  return {
    ...row(backend, size, content, stepTimes(stamps)),
    liveTensors: live,
    peakMB: info.peakBytes / 2 ** 20
  }
}

/**
 * WebGL runs asynchronously: a step returns before the GPU has done it, so
 * single steps cannot be timed without a read-back that would change what
 * is measured. Two runs end with a read-back each; their difference over
 * the extra steps is the mean step time after warm-up.
 */
export async function measurePageAsync(
  page: EnginePage,
  content: RgbaImage,
  style: RgbaImage,
  size: number
): Promise<StepRow> {
  const styles = [{ image: style, weight: 1 }]
  const base = { size, coarseToFine: false }
  const short = await page.stylizeAsync(content, styles, {
    ...base,
    steps: WARM_UP + 1
  })
  const long = await page.stylizeAsync(content, styles, {
    ...base,
    steps: WARM_UP + 1 + TIMED
  })
  const times = [(long.elapsedMs - short.elapsedMs) / TIMED]
  return {
    ...row('webgl (mean)', size, content, times),
    liveTensors: await page.numTensorsAsync(),
    peakMB: null
  }
}

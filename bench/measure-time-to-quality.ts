import { stylizeAsync } from '../ui/engine/stylize-async'
import type { RgbaImage, StylizeSettings } from '../ui/engine/types'
import type { Vgg19 } from '../ui/engine/vgg19'
import { QualityJudge, type Quality } from './evaluate-quality'

/** One run's quality over time, judged every `every` steps. */
export interface Trace {
  points: Array<Quality & { ms: number; step: number }>
  final: Quality
}

/**
 * What every trace saved before the palette start was run with, the
 * engine's defaults until then: style weight 5 (strength 50) against
 * content 1, smoothness 1, and the content's own colours at the start.
 */
export const FORMER_OBJECTIVE: Partial<StylizeSettings> = {
  styleStrength: 50,
  contentWeight: 1,
  smoothness: 1,
  paletteStart: false
}

/**
 * The recipe of the TensorFlow tutorial expressed with this engine: one
 * scale, started exactly at the content, Adam at 0.02 on a 0-1 image
 * (5.1 on 0-255), 400 steps, on the former loss weights.
 */
export const TEXTBOOK: Partial<StylizeSettings> = {
  ...FORMER_OBJECTIVE,
  coarseToFine: false,
  noise: 0,
  learningRate: 0.02 * 255,
  steps: 400
}

/** Wall time counts the engine only: judging is paused out of it. */
export async function traceRunAsync(
  model: Vgg19,
  judge: QualityJudge,
  content: RgbaImage,
  style: RgbaImage,
  settings: Partial<StylizeSettings>,
  every = 10
): Promise<Trace & { image: RgbaImage }> {
  const points: Trace['points'] = []
  let judging = 0
  let step = 0
  const started = performance.now()
  const result = await stylizeAsync(
    { model, content, style, settings },
    {
      previewEvery: every,
      onProgress: (p) => (step = p.step),
      onPreview: (image) => {
        const t = performance.now()
        points.push({ ...judge.judge(image), ms: t - started - judging, step })
        judging += performance.now() - t
      }
    }
  )
  return { points, final: judge.judge(result.image), image: result.image }
}

/** First time a trace is at least as good as `goal` on both distances. */
export function timeToReach(trace: Trace, goal: Quality): number | null {
  const hit = trace.points.find(
    (p) => p.style <= goal.style && p.content <= goal.content
  )
  return hit ? hit.ms : null
}

import { stylizeAsync } from '../engine/stylize-async'
import type {
  RgbaImage,
  StylizeOptions,
  StylizeResult,
  StylizeSettings,
  WeightedStyle
} from '../engine/types'
import {
  engineAsync,
  fallBackAsync,
  type EngineStatus
} from './prepare-engine-async'
import { noteRequest, type RequestSummary } from './expose-inspection-hooks'
import { watchContextLoss } from './watch-context-loss'

export interface RunRequest {
  content: RgbaImage
  /** Blended by weight; the engine normalises the weights. */
  styles: WeightedStyle[]
  settings: StylizeSettings
}

function summarise({ content, styles, settings }: RunRequest): RequestSummary {
  return {
    content: { width: content.width, height: content.height },
    styles: styles.map(({ image, weight }) => ({
      width: image.width,
      height: image.height,
      weight
    })),
    settings
  }
}

export interface RunOptions extends StylizeOptions {
  onBackendChange?: (status: EngineStatus) => void
}

const CONTEXT_LOST =
  'The graphics context was lost, so this run restarted on WebAssembly.'

/**
 * Runs the engine on the current backend. If the WebGL context is lost
 * mid-run, the run stops, the engine moves to the next backend and the run
 * starts again there; the designer's own Cancel still wins.
 */
export async function runStylizeAsync(
  request: RunRequest,
  options: RunOptions
): Promise<StylizeResult> {
  noteRequest(summarise(request))
  const engine = await engineAsync()
  const stop = new AbortController()
  let lost = false
  const forwardCancel = () => stop.abort()
  options.signal?.addEventListener('abort', forwardCancel)
  const unwatch = watchContextLoss(() => {
    lost = true
    stop.abort()
  })
  try {
    return await stylizeAsync(
      { model: engine.model, ...request },
      { ...options, signal: stop.signal }
    )
  } catch (error) {
    if (!lost || options.signal?.aborted) throw error
    options.onBackendChange?.(await fallBackAsync(CONTEXT_LOST))
    return runStylizeAsync(request, options)
  } finally {
    unwatch()
    options.signal?.removeEventListener('abort', forwardCancel)
  }
}

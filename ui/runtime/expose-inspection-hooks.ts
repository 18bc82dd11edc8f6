import * as tf from '@tensorflow/tfjs-core'
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl'

import type { StylizeSettings } from '../engine/types'

/**
 * What the tests read from the real plugin window: live tensor count,
 * backend, what the last run asked of the engine (sizes, weights,
 * settings; no pixels), and a way to lose the WebGL context as a GPU reset
 * would. It reads and breaks nothing of the designer's.
 */
export interface InspectionHooks {
  numTensors(): number
  backend(): string
  lastRequest(): RequestSummary | null
  loseWebGlContext(): boolean
}

/** What the last run asked of the engine, without its pixels. */
export interface RequestSummary {
  content: { width: number; height: number }
  styles: { width: number; height: number; weight: number }[]
  settings: StylizeSettings
}

let lastRequest: RequestSummary | null = null

/** Called by each run with what it asks of the engine. */
export function noteRequest(summary: RequestSummary): void {
  lastRequest = summary
}

declare global {
  var styleTransferInspection: InspectionHooks | undefined
}

export function exposeInspectionHooks(): void {
  globalThis.styleTransferInspection = {
    numTensors: () => tf.memory().numTensors,
    backend: () => tf.getBackend(),
    lastRequest: () => lastRequest,
    loseWebGlContext: () => {
      if (tf.getBackend() !== 'webgl') return false
      const gl = (tf.backend() as MathBackendWebGL).gpgpu.gl
      const extension = gl.getExtension('WEBGL_lose_context')
      extension?.loseContext()
      return extension !== null
    }
  }
}

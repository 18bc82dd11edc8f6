import * as tf from '@tensorflow/tfjs-core'
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl'

/**
 * What the end-to-end tests read from the real plugin window: live tensor
 * count, backend, and a way to lose the WebGL context as a GPU reset
 * would. It reads and breaks nothing of the designer's.
 */
export interface InspectionHooks {
  numTensors(): number
  backend(): string
  loseWebGlContext(): boolean
}

declare global {
  var styleTransferInspection: InspectionHooks | undefined
}

export function exposeInspectionHooks(): void {
  globalThis.styleTransferInspection = {
    numTensors: () => tf.memory().numTensors,
    backend: () => tf.getBackend(),
    loseWebGlContext: () => {
      if (tf.getBackend() !== 'webgl') return false
      const gl = (tf.backend() as MathBackendWebGL).gpgpu.gl
      const extension = gl.getExtension('WEBGL_lose_context')
      extension?.loseContext()
      return extension !== null
    }
  }
}

import * as tf from '@tensorflow/tfjs-core'
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl'

/**
 * Calls `onLost` if the WebGL backend's context is lost (GPU reset, driver
 * update, too many contexts). Returns the function that stops watching.
 */
export function watchContextLoss(onLost: () => void): () => void {
  if (tf.getBackend() !== 'webgl') return () => undefined
  const backend = tf.backend() as MathBackendWebGL
  const canvas = backend.gpgpu.gl.canvas
  canvas.addEventListener('webglcontextlost', onLost)
  return () => canvas.removeEventListener('webglcontextlost', onLost)
}

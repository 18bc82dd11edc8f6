import * as tf from '@tensorflow/tfjs-core'
// In Node only the CommonJS bundle of @tensorflow/tfjs registers the
// gradients (tfjs-core's own registration module is ESM with directory
// imports, which Node refuses). It also brings the cpu backend.
import '@tensorflow/tfjs'
import '@tensorflow/tfjs-backend-wasm'

/** Backends that run inside Node; WebGL runs in Chromium instead. */
export type NodeBackend = 'wasm' | 'cpu'

export async function setNodeBackendAsync(name: NodeBackend): Promise<void> {
  // PROD silences tfjs's banner that recommends tfjs-node, which cannot be
  // installed where binaries are not downloadable.
  tf.env().set('PROD', true)
  if (!(await tf.setBackend(name))) {
    throw new Error(`The ${name} backend could not start in Node.`)
  }
  await tf.ready()
}

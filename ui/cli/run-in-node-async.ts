import * as tf from '@tensorflow/tfjs-core'

import { stylizeAsync } from '../engine/stylize-async'
import type {
  RgbaImage,
  StylizeProgress,
  StylizeResult,
  StylizeSettings,
  WeightedStyle
} from '../engine/types'
import { Vgg19 } from '../engine/vgg19'
import type { Vgg19Weights } from '../engine/vgg19-weights'
import { setNodeBackendAsync, type NodeBackend } from './set-node-backend-async'

/** One run of the engine inside Node, on wasm or cpu. */
export async function runInNodeAsync(
  backend: NodeBackend,
  weights: Vgg19Weights,
  content: RgbaImage,
  styles: WeightedStyle[],
  settings: Partial<StylizeSettings>,
  onProgress: (progress: StylizeProgress) => void
): Promise<StylizeResult> {
  await setNodeBackendAsync(backend)
  const model = new Vgg19(weights)
  try {
    return await stylizeAsync(
      { model, content, styles, settings },
      { onProgress }
    )
  } finally {
    model.dispose()
    tf.disposeVariables()
  }
}

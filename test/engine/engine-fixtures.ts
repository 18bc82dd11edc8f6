// Shared by the engine tests: the real VGG-19 weights and sample images,
// read once per test file.
import { join, resolve } from 'node:path'

import { readImageFile } from '../../ui/cli/image-files'
import { findWeightsDir, readWeightsDir } from '../../ui/cli/read-weights-dir'
import {
  setNodeBackendAsync,
  type NodeBackend
} from '../../ui/cli/set-node-backend-async'
import type { RgbaImage } from '../../ui/engine/types'
import { Vgg19 } from '../../ui/engine/vgg19'
import type { Vgg19Weights } from '../../ui/engine/vgg19-weights'

export const ROOT = resolve(import.meta.dirname, '..', '..')
export const IMAGES = resolve(ROOT, '..', 'shared', 'images')

let weights: Vgg19Weights | null = null

export function realWeights(): Vgg19Weights {
  weights ??= readWeightsDir(findWeightsDir(ROOT))
  return weights
}

export async function loadModelAsync(
  backend: NodeBackend = 'wasm'
): Promise<Vgg19> {
  await setNodeBackendAsync(backend)
  return new Vgg19(realWeights())
}

export function sampleImage(name: string): RgbaImage {
  return readImageFile(join(IMAGES, name))
}

/** The mean of each of an image's RGB channels, in pixel units. */
export function meanRgb(image: RgbaImage): number[] {
  const sums = [0, 0, 0]
  for (let p = 0; p < image.data.length; p += 4) {
    for (let c = 0; c < 3; c++) sums[c] += image.data[p + c]
  }
  return sums.map((s) => s / (image.data.length / 4))
}

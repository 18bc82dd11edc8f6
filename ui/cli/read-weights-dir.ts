import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

import type * as tf from '@tensorflow/tfjs-core'

import { WeightsError } from '../engine/errors'
import type { Vgg19Weights } from '../engine/vgg19-weights'

/** The deepest layer any loss reads; the build embeds up to here too. */
export const DEEPEST_WEIGHT = 'block5_conv1/bias'

/** NST_WEIGHTS_DIR, or else ../shared/models/vgg19 beside the repository. */
export function findWeightsDir(root: string): string {
  const dir = process.env.NST_WEIGHTS_DIR
    ? resolve(process.env.NST_WEIGHTS_DIR)
    : resolve(root, '..', 'shared', 'models', 'vgg19')
  if (!existsSync(join(dir, 'model.json'))) {
    throw new WeightsError(
      `VGG-19 weights not found in ${dir}. Put the vgg19 folder there ` +
        'or set NST_WEIGHTS_DIR to it.'
    )
  }
  return dir
}

function readChecksums(dir: string): Map<string, string> {
  const sums = new Map<string, string>()
  const text = readFileSync(join(dir, 'SHA256SUMS'), 'utf8')
  for (const line of text.split('\n')) {
    const match = /^([0-9a-f]{64})\s+\*?(.+)$/.exec(line.trim())
    if (match) sums.set(match[2], match[1])
  }
  return sums
}

/**
 * Reads the weight specs up to conv5_1 and just the shards that hold them.
 * Checksums are checked when the model is built, as in the plugin.
 */
export function readWeightsDir(dir: string): Vgg19Weights {
  const model = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'))
  const group = model.weightsManifest[0]
  const specs = group.weights as tf.io.WeightsManifestEntry[]
  const weightSpecs = specs.slice(
    0,
    specs.findIndex((spec) => spec.name === DEEPEST_WEIGHT) + 1
  )
  const needed = weightSpecs.reduce(
    (sum, spec) => sum + spec.shape.reduce((a, b) => a * b, 1),
    0
  )
  const sums = readChecksums(dir)
  const shards: Uint8Array[] = []
  const sha256: string[] = []
  let read = 0
  for (const path of group.paths as string[]) {
    if (read >= needed) break
    const bytes = new Uint8Array(readFileSync(join(dir, path)))
    shards.push(bytes)
    sha256.push(sums.get(path) ?? '')
    read += bytes.length
  }
  return { weightSpecs, shards, sha256 }
}

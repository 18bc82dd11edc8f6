import * as tf from '@tensorflow/tfjs-core'

import { WeightsError } from './errors'
import { sha256Hex } from './sha256'

/** The VGG-19 weights as the build embeds them or the CLI reads them. */
export interface Vgg19Weights {
  /** Entries of model.json's weightsManifest, in storage order. */
  weightSpecs: tf.io.WeightsManifestEntry[]
  /** Shard contents in order; together they hold every spec. */
  shards: Uint8Array[]
  /** Expected SHA-256 of each shard, from SHA256SUMS. */
  sha256: string[]
}

const DAMAGED =
  "The plugin's model weights are damaged; reinstall the plugin and try again."

function checkShards(weights: Vgg19Weights): void {
  if (weights.shards.length !== weights.sha256.length) {
    throw new WeightsError(DAMAGED)
  }
  weights.shards.forEach((shard, i) => {
    if (sha256Hex(shard) !== weights.sha256[i]) throw new WeightsError(DAMAGED)
  })
}

function concatenate(shards: Uint8Array[]): ArrayBuffer {
  const total = shards.reduce((sum, shard) => sum + shard.length, 0)
  const joined = new Uint8Array(total)
  let offset = 0
  for (const shard of shards) {
    joined.set(shard, offset)
    offset += shard.length
  }
  return joined.buffer
}

function bytesNeeded(specs: tf.io.WeightsManifestEntry[]): number {
  // Every tensor is stored as one uint8 per value.
  return specs.reduce(
    (sum, spec) => sum + spec.shape.reduce((a, b) => a * b, 1),
    0
  )
}

/**
 * Checks the shards against their checksums, then dequantizes them into
 * float32 tensors named like "block1_conv1/kernel". The caller owns them.
 */
export function decodeVgg19Weights(weights: Vgg19Weights): tf.NamedTensorMap {
  checkShards(weights)
  const buffer = concatenate(weights.shards)
  if (buffer.byteLength < bytesNeeded(weights.weightSpecs)) {
    throw new WeightsError(DAMAGED)
  }
  return tf.io.decodeWeights(buffer, weights.weightSpecs)
}

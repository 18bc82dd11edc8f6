import { wasmBase64 } from 'virtual:wasm-binaries'
import { shardsBase64, shardsSha256, weightSpecs } from 'virtual:vgg19-weights'

import type { Vgg19Weights } from '../engine/vgg19-weights'

function base64ToBytes(base64: string): Uint8Array {
  const text = atob(base64)
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i)
  return bytes
}

/** The weights inlined in ui.html; checked when the model is built. */
export function embeddedWeights(): Vgg19Weights {
  return {
    weightSpecs,
    shards: shardsBase64.map(base64ToBytes),
    sha256: shardsSha256
  }
}

/**
 * Object URLs for the inlined wasm binaries, so the wasm backend loads
 * them without fetching anything from the network.
 */
export function embeddedWasmUrls(): Record<string, string> {
  const urls: Record<string, string> = {}
  for (const [name, base64] of Object.entries(wasmBase64)) {
    const blob = new Blob([base64ToBytes(base64) as BlobPart], {
      type: 'application/wasm'
    })
    urls[name] = URL.createObjectURL(blob)
  }
  return urls
}

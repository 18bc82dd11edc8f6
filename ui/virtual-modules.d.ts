// Modules that build.mjs generates at build time (see embedPlugin there).

declare module 'virtual:vgg19-weights' {
  import type { io } from '@tensorflow/tfjs-core'
  export const weightSpecs: io.WeightsManifestEntry[]
  export const shardsBase64: string[]
  export const shardsSha256: string[]
}

declare module 'virtual:wasm-binaries' {
  /** File name -> base64 of the tfjs wasm binaries. */
  export const wasmBase64: Record<string, string>
}

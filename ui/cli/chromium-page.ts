// Runs inside headless Chromium for the command line and the tests: the
// same engine as the plugin, on the WebGL backend. Node drives it through
// window.nstPage (see open-engine-page-async.ts).
import * as tf from '@tensorflow/tfjs-core'
import '@tensorflow/tfjs-core/dist/register_all_gradients'
import '@tensorflow/tfjs-backend-webgl'
import '@tensorflow/tfjs-backend-cpu'

import { stylizeAsync } from '../engine/stylize-async'
import type {
  LossRecord,
  RgbaImage,
  StylizeProgress,
  StylizeSettings
} from '../engine/types'
import { Vgg19 } from '../engine/vgg19'
import type { Vgg19Weights } from '../engine/vgg19-weights'

/** Images cross the Playwright boundary as base64 of their RGBA bytes. */
export interface WireImage {
  width: number
  height: number
  base64: string
}

export interface PageApi {
  setUpAsync(backend: 'webgl' | 'cpu'): Promise<string>
  stylizeAsync(
    content: WireImage,
    styles: Array<{ image: WireImage; weight: number }>,
    settings: Partial<StylizeSettings>
  ): Promise<{ image: WireImage; losses: LossRecord; elapsedMs: number }>
  forwardAsync(image: WireImage, layers: string[]): Promise<number[][]>
  numTensors(): number
}

declare global {
  interface Window {
    nstPage: PageApi
    nstProgress?: (progress: StylizeProgress) => void
  }
}

let model: Vgg19 | null = null

function fromBase64(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
}

function toBase64(bytes: Uint8Array): string {
  let text = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(text)
}

function fromWire(image: WireImage): RgbaImage {
  const data = new Uint8ClampedArray(fromBase64(image.base64).buffer)
  return { width: image.width, height: image.height, data }
}

async function loadWeightsAsync(): Promise<Vgg19Weights> {
  const index = await (await fetch('/weights/index.json')).json()
  const shards = await Promise.all(
    index.sha256.map(async (_: string, i: number) => {
      const response = await fetch(`/weights/shard/${i}`)
      return new Uint8Array(await response.arrayBuffer())
    })
  )
  return { weightSpecs: index.weightSpecs, sha256: index.sha256, shards }
}

function rendererName(): string {
  const gl = document.createElement('canvas').getContext('webgl2')
  if (!gl) return 'none'
  const info = gl.getExtension('WEBGL_debug_renderer_info')
  return String(
    gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)
  )
}

window.nstPage = {
  async setUpAsync(backend) {
    if (!(await tf.setBackend(backend))) {
      throw new Error(`The ${backend} backend could not start in Chromium.`)
    }
    model = new Vgg19(await loadWeightsAsync())
    return rendererName()
  },
  async stylizeAsync(content, styles, settings) {
    const result = await stylizeAsync(
      {
        model: model!,
        content: fromWire(content),
        styles: styles.map((s) => ({
          image: fromWire(s.image),
          weight: s.weight
        })),
        settings
      },
      { onProgress: (p) => window.nstProgress?.(p) }
    )
    const { width, height, data } = result.image
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.length)
    return {
      image: { width, height, base64: toBase64(bytes) },
      losses: result.losses,
      elapsedMs: result.elapsedMs
    }
  },
  async forwardAsync(image, layers) {
    const features = tf.tidy(() => {
      const { width, height, data } = fromWire(image)
      const rgb = tf.tensor4d(
        Float32Array.from(data.filter((_, i) => i % 4 !== 3)),
        [1, height, width, 3]
      )
      const out = model!.features(rgb, layers, 'max')
      return layers.map((name) => out[name])
    })
    const values = await Promise.all(features.map((f) => f.data()))
    features.forEach((f) => f.dispose())
    return values.map((v) => Array.from(v))
  },
  numTensors: () => tf.memory().numTensors
}

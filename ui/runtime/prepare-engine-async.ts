import * as tf from '@tensorflow/tfjs-core'
import '@tensorflow/tfjs-core/dist/register_all_gradients'
import '@tensorflow/tfjs-backend-cpu'
import '@tensorflow/tfjs-backend-webgl'
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm'

import type { BackendName } from '../engine/types'
import { Vgg19 } from '../engine/vgg19'
import type { Vgg19Weights } from '../engine/vgg19-weights'
import { embeddedWasmUrls, embeddedWeights } from './embedded-assets'
import { exposeInspectionHooks } from './expose-inspection-hooks'
import { webglIsSoftware } from './software-webgl'

export interface EngineStatus {
  backend: BackendName
  /** Why a slower backend runs, as a sentence; null on WebGL. */
  notice: string | null
}

interface Engine {
  status: EngineStatus
  model: Vgg19
}

const ORDER: BackendName[] = ['webgl', 'wasm', 'cpu']

const NOTICES: Record<BackendName, string | null> = {
  webgl: null,
  wasm: 'WebGL is unavailable, so this runs on WebAssembly (slower).',
  cpu: 'WebGL and WebAssembly are unavailable, so this runs on the CPU (slow).'
}

const SOFTWARE_WEBGL_NOTICE =
  'WebGL has no GPU here, so this runs on WebAssembly (faster).'
const SLOW_WEBGL_NOTICE = 'WebGL has no GPU here, so this is slow.'

let weights: Vgg19Weights | null = null
let enginePromise: Promise<Engine> | null = null
let wasmPathsSet = false

/**
 * Sets the first backend from `from` on that starts and computes; WebGL
 * drawn in software is passed over, as WebAssembly is about 20x faster.
 */
async function startBackendAsync(from: BackendName): Promise<EngineStatus> {
  let skipped = false
  for (const name of ORDER.slice(ORDER.indexOf(from))) {
    if (name === 'wasm' && !wasmPathsSet) {
      // Threads need a cross-origin-isolated page, which Figma's iframe is
      // not; tfjs still wants a path for the threaded binary, so it gets
      // the SIMD one, which it will never load with threads turned off.
      tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false)
      const urls = embeddedWasmUrls()
      setWasmPaths({
        ...urls,
        'tfjs-backend-wasm-threaded-simd.wasm':
          urls['tfjs-backend-wasm-simd.wasm']
      })
      wasmPathsSet = true
    }
    // Software WebGL still beats the CPU backend (26.8 s a 128 px step
    // against over a minute here), so it is taken back before that.
    if (name === 'cpu' && skipped && (await setBackendSafelyAsync('webgl'))) {
      return { backend: 'webgl', notice: SLOW_WEBGL_NOTICE }
    }
    if (!(await setBackendSafelyAsync(name))) continue
    if (name === 'webgl' && webglIsSoftware()) {
      skipped = true
      continue
    }
    const notice =
      skipped && name === 'wasm' ? SOFTWARE_WEBGL_NOTICE : NOTICES[name]
    return { backend: name, notice }
  }
  throw new Error('No TensorFlow.js backend could start in this window.')
}

async function setBackendSafelyAsync(name: BackendName): Promise<boolean> {
  // A backend that fails to initialise makes setBackend resolve false or,
  // for wasm without WebAssembly, reject; both mean "try the next one".
  const started = await tf.setBackend(name).catch(() => false)
  if (!started) return false
  const probe = tf.tidy(() => tf.sum(tf.ones([4])))
  const value = (await probe.data())[0]
  probe.dispose()
  return value === 4
}

async function buildEngineAsync(from: BackendName): Promise<Engine> {
  const status = await startBackendAsync(from)
  weights ??= embeddedWeights()
  const model = new Vgg19(weights)
  return { status, model }
}

/** Starts the fastest backend and the model once; later calls reuse them. */
export function engineAsync(): Promise<Engine> {
  exposeInspectionHooks()
  enginePromise ??= buildEngineAsync('webgl')
  enginePromise.catch(() => (enginePromise = null))
  return enginePromise
}

/**
 * Picks WebGL, else WebAssembly, else the CPU, and builds the model from
 * the embedded weights (checking their checksums). Idempotent.
 */
export async function prepareEngineAsync(): Promise<EngineStatus> {
  return (await engineAsync()).status
}

/** After a lost WebGL context: rebuild on the next backend down. */
export async function fallBackAsync(reason: string): Promise<EngineStatus> {
  const current = await engineAsync()
  current.model.dispose()
  const next = ORDER[ORDER.indexOf(current.status.backend) + 1] ?? 'cpu'
  enginePromise = buildEngineAsync(next).then((engine) => ({
    ...engine,
    status: { ...engine.status, notice: reason }
  }))
  return (await enginePromise).status
}

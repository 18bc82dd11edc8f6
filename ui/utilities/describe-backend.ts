import type { BackendName } from '../engine/types'

const BACKEND_NAMES: Record<BackendName, string> = {
  webgl: 'WebGL',
  wasm: 'WebAssembly',
  cpu: 'CPU'
}

/** The backend's name as the designer reads it. */
export function describeBackend(backend: BackendName): string {
  return BACKEND_NAMES[backend]
}

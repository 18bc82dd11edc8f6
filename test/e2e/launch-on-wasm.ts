import { afterEach } from 'node:test'

import { waitForEngineAsync } from './e2e-document'
import { startHarnessAsync, type Harness, type HarnessOptions } from './harness'

/**
 * For a test file whose subject is the messages and the document, not the
 * backend: each harness runs on WebAssembly (it starts faster than
 * SwiftShader's WebGL), is returned once the engine is ready, and is
 * closed after its test.
 */
export function launcherOnWasm(): (
  options: HarnessOptions
) => Promise<Harness> {
  const open: Harness[] = []
  afterEach(async () => {
    for (const h of open.splice(0)) await h.closeAsync()
  })
  return async (options) => {
    const h = await startHarnessAsync({
      timeoutMs: 120_000,
      webgl: false,
      ...options
    })
    open.push(h)
    await waitForEngineAsync(h)
    return h
  }
}

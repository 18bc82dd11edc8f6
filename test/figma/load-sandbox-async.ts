import { createContext, runInContext, Script } from 'node:vm'
import { buildSandboxAsync } from './build-sandbox-async'
import { CLONE_INTO_REALM_SOURCE } from './clone-into-realm'
import type { FakeFigma } from './fake-figma'

/**
 * Runs the sandbox bundle as Figma does: a script in a realm of its own
 * whose globals are `figma`, `__html__` and timers, with no DOM, no Node
 * and no console.
 */
export async function loadSandboxAsync(
  fake: FakeFigma,
  html = '<!doctype html><title>UI</title>'
): Promise<void> {
  const code = await buildSandboxAsync()
  const context = createContext({
    figma: fake.api,
    __html__: html,
    setTimeout,
    clearTimeout
  })
  fake.importToSandbox = runInContext(CLONE_INTO_REALM_SOURCE, context)
  new Script(code, { filename: 'code.js' }).runInContext(context)
}

import { startPlugin } from '../../src/start-plugin'
import type { FakeFigma } from '../figma/fake-figma'
import { loadSandboxAsync } from '../figma/load-sandbox-async'

/**
 * Starts the plugin against the fake: from the sources in this process
 * ('source'), or as the built bundle in a vm realm of its own ('bundle').
 * The document as built so far is what one undo too many returns to.
 */
export async function launchPluginAsync(
  fake: FakeFigma,
  via: 'source' | 'bundle' = 'source'
): Promise<void> {
  fake.captureUndoBaseline()
  if (via === 'bundle') {
    await loadSandboxAsync(fake)
  } else {
    Object.assign(globalThis, { figma: fake.api, __html__: '<p>UI</p>' })
    startPlugin()
  }
  await fake.settleAsync()
}

// End to end, what happens when the document changes under a run: the
// content deleted, moved or resized, or the plugin closed. Nothing is
// written, and the window says why.
import assert from 'node:assert/strict'
import { test } from 'node:test'

import type { FakeBaseNode } from '../figma/fake-base-node'
import type { FakeFigma } from '../figma/fake-figma'
import { buildMockupAndStyle, setTinyRunAsync } from './e2e-document'
import type { Harness } from './harness'
import { launcherOnWasm } from './launch-on-wasm'

const launchAsync = launcherOnWasm()

/** Starts a run long enough to change the document under it. */
async function startLongRunAsync(): Promise<{
  h: Harness
  home: FakeBaseNode
  fake: FakeFigma
}> {
  let layers: ReturnType<typeof buildMockupAndStyle> | null = null
  const h = await launchAsync({
    setup: (fake) => {
      layers = buildMockupAndStyle(fake)
      fake.api.currentPage.selection = [
        layers.home,
        layers.texture
      ] as unknown as SceneNode[]
    }
  })
  await setTinyRunAsync(h, 12)
  await h.clickButtonAsync('Stylize')
  await h.waitForTextAsync(/Step [1-9]\d* of 12/)
  return { h, home: layers!.home, fake: h.fake }
}

test('the content deleted during a run: nothing is written and the window says so', async () => {
  const { h, home } = await startLongRunAsync()
  ;(home as unknown as SceneNode).remove()
  const before = h.readDocument()
  await h.waitForTextAsync(
    'The layer to stylize was deleted meanwhile, so nothing was written.'
  )
  assert.deepEqual(h.readDocument(), before)
})

test('the content moved to another page during a run: nothing is written anywhere', async () => {
  const { h, home, fake } = await startLongRunAsync()
  await fake.moveToPageAsync(home, fake.addPage('Archive'))
  const before = h.readDocument()
  await h.waitForTextAsync(
    /“Home” moved to another page while stylizing, so nothing was written\./
  )
  assert.deepEqual(h.readDocument(), before)
})

test('the content resized during a run: nothing is written and the window says to run again', async () => {
  const { h, home } = await startLongRunAsync()
  ;(home as unknown as FrameNode).resize(90, 40)
  const before = h.readDocument()
  await h.waitForTextAsync(
    /“Home” changed shape while stylizing, so nothing was written/
  )
  assert.deepEqual(h.readDocument(), before)
})

test('the plugin closed mid-run writes nothing', async () => {
  const { h, fake } = await startLongRunAsync()
  const before = h.readDocument()
  fake.closePlugin()
  // The window finishes its run and sends the result, which Figma drops.
  await h.ui.locator('[data-run-phase="writing"]').waitFor()
  await h.fake.settleAsync()
  assert.deepEqual(h.readDocument(), before)
})

// Every bad input shows its sentence in the plugin window and leaves the
// document exactly as it was.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, test } from 'node:test'

import { addLayer } from '../figma/build-fake-layers'
import type { FakeFigma } from '../figma/fake-figma'
import {
  buildMockupAndStyle,
  setTinyRunAsync,
  waitForEngineAsync
} from './e2e-document'
import { startHarnessAsync, type Harness, type HarnessOptions } from './harness'

let h: Harness | null = null

afterEach(async () => {
  await h?.closeAsync()
  h = null
})

type Layers = ReturnType<typeof buildMockupAndStyle> & { fake: FakeFigma }

async function launchAsync(
  select: (layers: Layers) => unknown[],
  options: HarnessOptions = {}
): Promise<{ h: Harness; layers: Layers }> {
  let layers: Layers | null = null
  h = await startHarnessAsync({
    timeoutMs: 120_000,
    // The sentences are under test, not the backend: WebAssembly starts
    // faster than SwiftShader's WebGL.
    webgl: false,
    ...options,
    setup: (fake) => {
      layers = { ...buildMockupAndStyle(fake), fake }
      fake.api.currentPage.selection = select(layers) as SceneNode[]
    }
  })
  return { h, layers: layers! }
}

function builtUi(): string {
  return readFileSync(
    join(import.meta.dirname, '..', '..', 'dist', 'ui.html'),
    'utf8'
  )
}

async function assertStylizeDisabledAsync(h: Harness): Promise<void> {
  assert.equal(
    await h.ui.getByRole('button', { name: 'Stylize' }).isDisabled(),
    true
  )
}

test('nothing selected: the window says to select a layer', async () => {
  const { h } = await launchAsync(() => [])
  const before = h.readDocument()
  await h.waitForTextAsync('Select a layer to stylize.')
  await assertStylizeDisabledAsync(h)
  assert.deepEqual(h.readDocument(), before)
})

test('the only selected layer pinned as style: the window says to select a layer to stylize', async () => {
  const { h, layers } = await launchAsync((l) => [l.texture])
  const before = h.readDocument()
  await h.waitForTextAsync('Texture')
  await h.clickButtonAsync('Use selection as style')
  await h.waitForTextAsync('Select a layer to stylize.')
  await assertStylizeDisabledAsync(h)
  assert.equal(layers.fake.api.currentPage.selection.length, 1)
  assert.deepEqual(h.readDocument(), before)
})

test('a layer that exports empty: the window says it has no visible pixels', async () => {
  let ghost: unknown = null
  const { h } = await launchAsync((l) => {
    ghost = addLayer(l.fake, l.fake.currentPage, 'RECTANGLE', {
      name: 'Ghost',
      width: 20,
      height: 20,
      fills: []
    })
    return [ghost, l.texture]
  })
  const before = h.readDocument()
  await h.waitForTextAsync(/“Ghost” has no visible pixels/)
  await assertStylizeDisabledAsync(h)
  assert.deepEqual(h.readDocument(), before)
})

test('the style layer deleted meanwhile: Stylize is refused with a sentence', async () => {
  const { h, layers } = await launchAsync((l) => [l.home])
  await waitForEngineAsync(h)
  await setTinyRunAsync(h, 3)
  await h.ui
    .getByRole('list', { name: 'Image layers on this page' })
    .getByRole('button', { name: 'Texture' })
    .click()
  await h.ui.getByLabel('Weight of Texture', { exact: true }).waitFor()
  ;(layers.texture as unknown as SceneNode).remove()
  const before = h.readDocument()
  await h.clickButtonAsync('Stylize')
  await h.waitForTextAsync(
    'The style “Texture” was deleted; check the styles, then try again.'
  )
  assert.deepEqual(h.readDocument(), before)
  assert.ok(
    layers.fake.notifications.some((n) =>
      /“Texture” was deleted/.test(n.message)
    )
  )
})

test('no WebGL: the window says it runs on WebAssembly, and a run still works', async () => {
  const { h, layers } = await launchAsync((l) => [l.home, l.texture], {
    webgl: false,
    timeoutMs: 240_000
  })
  await h.waitForTextAsync(
    'WebGL is unavailable, so this runs on WebAssembly (slower).',
    120_000
  )
  await setTinyRunAsync(h, 2)
  await h.clickButtonAsync('Stylize')
  await h.waitForSandboxMessageAsync('RUN_WRITTEN')
  assert.equal(
    layers.home.children.filter((c) => c.name === 'Stylized - Texture').length,
    1
  )
})

test('software WebGL (SwiftShader): the window runs on WebAssembly instead and says why', async () => {
  const { h } = await launchAsync((l) => [l.home, l.texture], {
    webgl: true,
    allowSoftwareWebgl: false
  })
  await h.waitForTextAsync(
    'WebGL has no GPU here, so this runs on WebAssembly (faster).',
    120_000
  )
  assert.equal(
    await h.evaluateInUiAsync('globalThis.styleTransferInspection.backend()'),
    'wasm'
  )
})

test('software WebGL and no WebAssembly: the window runs on WebGL, slowly, and says so', async () => {
  const { h } = await launchAsync((l) => [l.home, l.texture], {
    webgl: true,
    allowSoftwareWebgl: false,
    wasm: false
  })
  await h.waitForTextAsync('WebGL has no GPU here, so this is slow.', 120_000)
  assert.equal(
    await h.evaluateInUiAsync('globalThis.styleTransferInspection.backend()'),
    'webgl'
  )
})

test('corrupt weights: the window says to reinstall, and nothing is written', async () => {
  const html = builtUi()
  // Flip one character deep inside the first embedded weight shard (1 MB
  // shards are the only strings this long; the wasm binaries are shorter).
  const shard = /"[A-Za-z0-9+/]{1000000,}/.exec(html)!
  const at = shard.index + 50_000
  const corrupt =
    html.slice(0, at) + (html[at] === 'A' ? 'B' : 'A') + html.slice(at + 1)
  const { h } = await launchAsync((l) => [l.home, l.texture], {
    uiHtml: corrupt
  })
  const before = h.readDocument()
  await h.waitForTextAsync(
    /model weights are damaged; reinstall the plugin/,
    120_000
  )
  await h.clickButtonAsync('Stylize')
  await h.waitForSandboxMessageAsync('RUN_IMAGES')
  await h.waitForTextAsync(/nothing was changed|weights are damaged/)
  assert.deepEqual(h.readDocument(), before)
})

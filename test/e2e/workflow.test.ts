// End to end, the designer's workflow: styles from every source, batches,
// Restyle and remembered settings. On WebAssembly at 32 px: the messages
// and the document are under test here, not how the result looks.
import assert from 'node:assert/strict'
import { writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'

import { RUN_RECORD_KEY, SETTINGS_KEY } from '../../src/constants'
import type { RunRecord } from '../../src/contract/messages'
import { QUALITY_PRESETS } from '../../ui/utilities/quality-presets'
import { addLayer } from '../figma/build-fake-layers'
import type { FakeBaseNode } from '../figma/fake-base-node'
import type { FakeFigma } from '../figma/fake-figma'
import { imagePaint } from '../figma/image-paint'
import { makePng } from '../figma/make-png'
import { solidPaint } from '../figma/paints'
import { buildMockupAndStyle, setTinyRunAsync } from './e2e-document'
import type { Harness } from './harness'
import { launcherOnWasm } from './launch-on-wasm'

const launchAsync = launcherOnWasm()

function select(fake: FakeFigma, nodes: FakeBaseNode[]): void {
  fake.api.currentPage.selection = nodes as unknown as SceneNode[]
}

function frames(fake: FakeFigma, count: number) {
  return Array.from({ length: count }, (_, i) =>
    addLayer(fake, fake.currentPage, 'FRAME', {
      name: `Screen ${i + 1}`,
      x: 300 + 80 * i,
      width: 48,
      height: 32,
      fills: [solidPaint(i % 2 ? '#f2f2f2' : '#dde6ff')]
    })
  )
}

/**
 * The layers holding a result for `node`, by their records: a rectangle
 * inside a frame with children, or a childless frame's own fill.
 */
function resultsIn(node: FrameNode | FakeBaseNode): SceneNode[] {
  const frame = node as unknown as FrameNode
  return [frame, ...frame.children].filter(
    (c) => c.getPluginData(RUN_RECORD_KEY) !== ''
  )
}

function recordOf(node: SceneNode): RunRecord {
  return JSON.parse(node.getPluginData(RUN_RECORD_KEY)) as RunRecord
}

async function pickTextureAsync(h: Harness): Promise<void> {
  await h.ui
    .getByRole('list', { name: 'Image layers on this page' })
    .getByRole('button', { name: 'Texture' })
    .click()
  await stylesList(h).getByText('Texture').waitFor()
}

function stylesList(h: Harness) {
  return h.ui.getByRole('region', { name: 'Styles' })
}

test('styles from the page grid, the selection and a file blend in one run, and the result records all three', async () => {
  let layers: ReturnType<typeof buildMockupAndStyle> | null = null
  let second: FakeBaseNode | null = null
  const h = await launchAsync({
    setup: (fake) => {
      layers = buildMockupAndStyle(fake)
      const dots = makePng(16, 16, (x, y) =>
        (x * y) % 5 ? [200, 40, 40, 255] : [250, 250, 240, 255]
      )
      second = addLayer(fake, fake.currentPage, 'RECTANGLE', {
        name: 'Dots',
        x: 260,
        width: 16,
        height: 16,
        fills: [imagePaint(fake.images.create(dots).hash)]
      })
      select(fake, [layers.home])
    }
  })
  const { home } = layers!
  await setTinyRunAsync(h, 2)
  await pickTextureAsync(h)
  // The selection: Dots, then the frame again as content.
  await h.selectAsync([second!])
  await h.clickButtonAsync('Use selection as style')
  await stylesList(h).getByText('Dots').waitFor()
  await h.selectAsync([home])
  // A file from disk.
  const dir = mkdtempSync(join(tmpdir(), 'style-file-'))
  const file = join(dir, 'waves.png')
  writeFileSync(
    file,
    makePng(20, 20, (x, y) => [(x * 12) % 255, (y * 12) % 255, 160, 255])
  )
  await h.ui.getByLabel('Style image file').setInputFiles(file)
  await stylesList(h).getByText('waves.png').waitFor()

  const before = h.readDocument()
  await h.clickButtonAsync('Stylize')
  await h.waitForSandboxMessageAsync('RUN_WRITTEN')
  const results = resultsIn(home)
  assert.equal(results.length, 1)
  const record = recordOf(results[0])
  assert.equal(record.contentId, home.id)
  assert.deepEqual(
    record.styles.map((s) => [s.name, s.layerId === null]).sort(),
    [
      ['Dots', false],
      ['Texture', false],
      ['waves.png', true]
    ]
  )
  assert.ok('restyle' in results[0].getRelaunchData(), 'a Restyle button')
  h.fake.undo()
  assert.deepEqual(h.readDocument(), before, 'one undo removes the result')
  assert.deepEqual(h.errors, [])
})

test('a batch of three frames cancelled during the second keeps the first result and leaves the others untouched', async () => {
  let screens: ReturnType<typeof frames> = []
  const h = await launchAsync({
    setup: (fake) => {
      buildMockupAndStyle(fake)
      screens = frames(fake, 3)
      select(fake, screens)
    }
  })
  await h.waitForTextAsync('and 2 more, stylized in turn')
  await pickTextureAsync(h)
  await setTinyRunAsync(h, 20)
  const before = h.readDocument()
  await h.clickButtonAsync('Stylize')
  await h.waitForTextAsync(/Frame 2 of 3/)
  await h.clickButtonAsync('Cancel')
  await h.waitForTextAsync('Cancelled: 1 of 3 frames were stylized.')
  assert.deepEqual(
    screens.map((s) => resultsIn(s).length),
    [1, 0, 0]
  )
  h.fake.undo()
  assert.deepEqual(
    h.readDocument(),
    before,
    "the first frame's result is one undo step"
  )
  assert.deepEqual(h.errors, [])
})

test('a batch of two writes each frame its own result and its own undo step', async () => {
  let screens: ReturnType<typeof frames> = []
  const h = await launchAsync({
    setup: (fake) => {
      buildMockupAndStyle(fake)
      screens = frames(fake, 2)
      select(fake, screens)
    }
  })
  await pickTextureAsync(h)
  await setTinyRunAsync(h, 2)
  const before = h.readDocument()
  await h.clickButtonAsync('Stylize')
  await h.waitForTextAsync('Done: 2 frames stylized.')
  assert.deepEqual(
    screens.map((s) => resultsIn(s).length),
    [1, 1]
  )
  h.fake.undo()
  assert.deepEqual(
    screens.map((s) => resultsIn(s).length),
    [1, 0]
  )
  h.fake.undo()
  assert.deepEqual(h.readDocument(), before)
})

test('Restyle reopens the plugin with the same content, styles and settings, and a new run replaces the result', async () => {
  let layers: ReturnType<typeof buildMockupAndStyle> | null = null
  const first = await launchAsync({
    setup: (fake) => {
      layers = buildMockupAndStyle(fake)
      select(fake, [layers.home, layers.texture])
    }
  })
  const { home } = layers!
  await setTinyRunAsync(first, 2)
  await first.ui.getByLabel('Style strength', { exact: true }).fill('80')
  await first.ui.getByLabel('Seed', { exact: true }).fill('7')
  await first.clickButtonAsync('Stylize')
  await first.waitForSandboxMessageAsync('RUN_WRITTEN')
  const [result] = resultsIn(home)
  await first.closeAsync()

  // A day later: the designer selects the result and clicks Restyle; the
  // selection is something else entirely.
  const fake = first.fake
  const h = await launchAsync({
    fake,
    setup: (f) => {
      f.command = 'restyle'
      select(f, [result as unknown as FakeBaseNode])
    }
  })
  await h.waitForTextAsync(/Restyling “Home”/)
  assert.equal(
    await h.ui.getByLabel('Style strength', { exact: true }).inputValue(),
    '80'
  )
  assert.equal(await h.ui.getByLabel('Seed', { exact: true }).inputValue(), '7')
  await stylesList(h).getByText('Texture').waitFor()
  await h.ui
    .getByRole('region', { name: 'Content' })
    .getByText('Home')
    .waitFor()
  const grid = h.ui.getByRole('list', { name: 'Image layers on this page' })
  assert.equal(
    await grid.getByRole('button', { name: /Stylized/ }).count(),
    0,
    'results are not offered as styles'
  )

  const order = home.children.map((c) => c.id)
  await h.clickButtonAsync('Stylize')
  await h.waitForSandboxMessageAsync('RUN_WRITTEN')
  const results = resultsIn(home)
  assert.equal(results.length, 1, 'the result is replaced, not added to')
  assert.deepEqual(home.children.map((c) => c.id).length, order.length)
  assert.equal(
    home.children.indexOf(results[0]),
    order.indexOf(result.id),
    'same place in the layer order'
  )
  assert.equal(recordOf(results[0]).settings.seed, 7)
  assert.deepEqual(h.errors, [])
})

test('the last settings used come back at the next launch', async () => {
  const first = await launchAsync({
    setup: (fake) => select(fake, [buildMockupAndStyle(fake).home])
  })
  await first.ui.getByLabel('Style strength', { exact: true }).fill('35')
  await first.ui
    .locator('label', { has: first.ui.getByRole('radio', { name: 'Draft' }) })
    .click()
  // Saved after a short pause, through the sandbox.
  type Stored =
    { version: number; settings: Record<string, unknown> } | undefined
  const storedAsync = async () =>
    (await first.fake.clientStorage.getAsync(SETTINGS_KEY)) as Stored
  for (
    let i = 0;
    i < 50 && (await storedAsync())?.settings.preset !== 'draft';
    i++
  ) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const stored = (await storedAsync())!
  assert.equal(stored.version, 1)
  assert.equal(stored.settings.styleStrength, 35)
  // The preset stands for its size and steps; the defaults are not stored.
  assert.equal(stored.settings.preset, 'draft')
  assert.equal(stored.settings.size, undefined)
  await first.closeAsync()

  const h = await launchAsync({ fake: first.fake })
  await h.waitForTextAsync('Home')
  assert.equal(
    await h.ui.getByLabel('Style strength', { exact: true }).inputValue(),
    '35'
  )
  await h.ui.getByRole('checkbox', { name: 'Advanced' }).click()
  const draft = QUALITY_PRESETS.find((p) => p.id === 'draft')!
  assert.equal(
    await h.ui.getByLabel('Working size (long side, px)').inputValue(),
    String(draft.size)
  )
})

test('a selection of 50 frames lists at once and runs as a batch of 50', async () => {
  let screens: ReturnType<typeof frames> = []
  const started = Date.now()
  const h = await launchAsync({
    setup: (fake) => {
      buildMockupAndStyle(fake)
      screens = frames(fake, 50)
      select(fake, screens)
    }
  })
  await pickTextureAsync(h)
  const layers = await h.waitForSandboxMessageAsync('LAYERS')
  assert.equal((layers.contents as unknown[]).length, 50)
  assert.ok(Date.now() - started < 60_000)
  await setTinyRunAsync(h, 30)
  await h.clickButtonAsync('Stylize')
  await h.waitForTextAsync(/Frame 2 of 50/)
  await h.clickButtonAsync('Cancel')
  await h.waitForTextAsync('Cancelled: 1 of 50 frames were stylized.')
  assert.equal(screens.filter((s) => resultsIn(s).length > 0).length, 1)
  assert.deepEqual(h.errors, [])
})

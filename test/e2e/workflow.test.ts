// End to end, the designer's workflow: styles from every source, and
// batches (Restyle and remembered settings: relaunch.test.ts). On
// WebAssembly at 32 px: the messages and the document are under test
// here, not how the result looks.
import assert from 'node:assert/strict'
import { writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'

import { addLayer } from '../figma/build-fake-layers'
import type { FakeBaseNode } from '../figma/fake-base-node'
import type { FakeFigma } from '../figma/fake-figma'
import { imagePaint } from '../figma/image-paint'
import { makePng } from '../figma/make-png'
import { solidPaint } from '../figma/paints'
import { buildMockupAndStyle, setTinyRunAsync } from './e2e-document'
import { recordOf, resultsIn, select, stylesList } from './e2e-results'
import type { Harness } from './harness'
import { launcherOnWasm } from './launch-on-wasm'

const launchAsync = launcherOnWasm()

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

async function pickTextureAsync(h: Harness): Promise<void> {
  await h.ui
    .getByRole('list', { name: 'Image layers on this page' })
    .getByRole('button', { name: 'Texture' })
    .click()
  await stylesList(h).getByText('Texture').waitFor()
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

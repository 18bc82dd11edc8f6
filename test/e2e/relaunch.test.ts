// Coming back to a result: Restyle and the settings kept between launches.
import assert from 'node:assert/strict'
import { test } from 'node:test'

import { SETTINGS_KEY } from '../../src/constants'
import { QUALITY_PRESETS } from '../../ui/utilities/quality-presets'
import type { FakeBaseNode } from '../figma/fake-base-node'
import { buildMockupAndStyle, setTinyRunAsync } from './e2e-document'
import { recordOf, resultsIn, select, stylesList } from './e2e-results'
import { launcherOnWasm } from './launch-on-wasm'

const launchAsync = launcherOnWasm()

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

import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser, FrameLocator } from 'playwright-core'

import { DEFAULT_SETTINGS } from '../../ui/engine/constants'
import { QUALITY_PRESETS } from '../../ui/utilities/quality-presets'
import { CONTENT, STYLE, layersMessage } from './fixtures'
import { launchBrowserAsync, openUiAsync } from './open-ui-async'
import {
  openAdvancedAsync,
  waitForTypeAsync,
  waitForValueAsync
} from './ui-helpers'

let browser: Browser
before(async () => {
  browser = await launchBrowserAsync()
})
after(async () => {
  await browser.close()
})

function radio(ui: FrameLocator, name: string) {
  return ui.getByRole('radio', { name, exact: true })
}

/** Clicks an option's label, as the radio input itself is hidden. */
async function chooseAsync(ui: FrameLocator, name: string): Promise<void> {
  await ui.locator('label', { has: radio(ui, name) }).click()
}

async function sizeAndStepsAsync(ui: FrameLocator): Promise<string[]> {
  await openAdvancedAsync(ui)
  return Promise.all([
    ui.getByLabel('Working size (long side, px)').inputValue(),
    ui.getByLabel('Steps', { exact: true }).inputValue()
  ])
}

test('the quality presets set working size and steps', async () => {
  const { ui, page } = await openUiAsync(browser)
  const shown = (label: string) => {
    const preset = QUALITY_PRESETS.find((p) => p.label === label)!
    return [String(preset.size), String(preset.steps)]
  }
  assert.equal(await radio(ui, 'Balanced').isChecked(), true)
  assert.deepEqual(await sizeAndStepsAsync(ui), shown('Balanced'))
  await chooseAsync(ui, 'Draft')
  assert.deepEqual(await sizeAndStepsAsync(ui), shown('Draft'))
  await chooseAsync(ui, 'Fine')
  assert.deepEqual(await sizeAndStepsAsync(ui), shown('Fine'))
  // Other numbers are a custom run: no preset is checked.
  await ui.getByLabel('Steps', { exact: true }).fill('123')
  for (const name of ['Draft', 'Balanced', 'Fine']) {
    assert.equal(await radio(ui, name).isChecked(), false)
  }
  await page.close()
})

test('Vary draws a new seed', async () => {
  const { ui, page } = await openUiAsync(browser)
  const seed = ui.getByLabel('Seed', { exact: true })
  const seen = new Set([await seed.inputValue()])
  for (let i = 0; i < 3; i++) {
    await ui.getByRole('button', { name: 'Vary' }).click()
    seen.add(await seed.inputValue())
  }
  assert.equal(seen.size, 4)
  for (const value of seen) assert.match(value, /^\d+$/)
  await page.close()
})

test('the output size follows the resolution, capped at 4096', async () => {
  const { ui, sendAsync, page } = await openUiAsync(browser)
  const wide = { ...CONTENT, width: 720, height: 450 }
  await sendAsync(layersMessage([STYLE], [wide]))
  await ui.getByText('Output 720 × 450 px').waitFor()
  await chooseAsync(ui, '2x')
  await ui.getByText('Output 1440 × 900 px').waitFor()
  await chooseAsync(ui, '1.5x')
  await ui.getByText('Output 1080 × 675 px').waitFor()
  await chooseAsync(ui, '2x')
  const huge = { ...CONTENT, width: 3000, height: 1000 }
  await sendAsync(layersMessage([STYLE], [huge]))
  await ui.getByText('Output 4096 × 1365 px').waitFor()
  await page.close()
})

test('stored settings merge field by field; garbage is ignored', async () => {
  const open = await openUiAsync(browser)
  const { ui } = open
  await open.sendAsync({
    type: 'SETTINGS',
    stored: {
      steps: 42,
      size: 'big',
      styleStrength: 500,
      preserveColors: 'luminance',
      optimizer: 'sgd',
      resolution: 1.5,
      somethingOld: true
    },
    relaunch: null
  })
  await openAdvancedAsync(ui)
  await waitForValueAsync(ui.getByLabel('Steps', { exact: true }), '42')
  assert.deepEqual(await sizeAndStepsAsync(ui), ['384', '42'])
  assert.equal(
    await ui.getByLabel('Style strength', { exact: true }).inputValue(),
    '50'
  )
  assert.equal(await radio(ui, 'Keep content colours').isChecked(), true)
  assert.equal(await radio(ui, 'Adam on a pyramid').isChecked(), true)
  assert.equal(await radio(ui, '1.5x').isChecked(), true)
  // What came from storage is not saved back.
  await open.page.waitForTimeout(800)
  const posted = await open.postedAsync()
  assert.equal(posted.filter((m) => m.type === 'SAVE_SETTINGS').length, 0)
  await open.page.close()
})

test('a relaunch record wins over stored settings and says so', async () => {
  const open = await openUiAsync(browser)
  const { ui } = open
  await open.sendAsync(layersMessage([STYLE]))
  await open.sendAsync({
    type: 'SETTINGS',
    stored: { steps: 42, seed: 5 },
    relaunch: {
      version: 1,
      contentId: CONTENT.id,
      styles: [
        { layerId: STYLE.id, name: 'Starry', weight: 30 },
        { layerId: null, name: 'paper.png', weight: 50 }
      ],
      settings: { steps: 7, seed: 99, smoothness: 'lots' },
      resolution: 2
    }
  })
  const alert = ui.getByRole('alert')
  await alert
    .getByText('Restyling “Home screen” with its saved settings.')
    .waitFor()
  await alert
    .getByText(
      "The file style “paper.png” isn't kept in the document; add it again."
    )
    .waitFor()
  assert.deepEqual(await sizeAndStepsAsync(ui), ['384', '7'])
  assert.equal(await ui.getByLabel('Seed', { exact: true }).inputValue(), '99')
  // The damaged smoothness falls back to the default.
  assert.equal(
    await ui.getByLabel('Smoothness', { exact: true }).inputValue(),
    String(DEFAULT_SETTINGS.smoothness)
  )
  assert.equal(await radio(ui, '2x').isChecked(), true)
  const weight = ui.getByLabel('Weight of Starry', { exact: true })
  assert.equal(await weight.inputValue(), '30')
  await open.page.close()
})

test("a learning rate at one optimizer's default follows the optimizer; a typed one stays", async () => {
  const { ui, page } = await openUiAsync(browser)
  await openAdvancedAsync(ui)
  const rate = ui.getByLabel('Learning rate', { exact: true })
  assert.equal(await rate.inputValue(), '2.5')
  await chooseAsync(ui, 'Adam')
  await waitForValueAsync(rate, '8')
  await chooseAsync(ui, 'Adam on a pyramid')
  await waitForValueAsync(rate, '2.5')
  await rate.fill('5')
  await chooseAsync(ui, 'L-BFGS')
  assert.equal(await radio(ui, 'L-BFGS').isChecked(), true)
  assert.equal(await rate.inputValue(), '5')
  await page.close()
})

test('a change is saved once, half a second after typing stops', async () => {
  const open = await openUiAsync(browser)
  const strength = open.ui.getByLabel('Style strength', { exact: true })
  // Two edits in quick succession are one save.
  await strength.fill('7')
  await strength.fill('70')
  const [save] = await waitForTypeAsync(open, 'SAVE_SETTINGS')
  assert.equal(save.settings.styleStrength, 70)
  assert.equal(save.settings.preset, 'balanced')
  assert.equal(save.settings.resolution, 1)
  await open.page.waitForTimeout(800)
  assert.equal((await waitForTypeAsync(open, 'SAVE_SETTINGS')).length, 1)
  await chooseAsync(open.ui, 'Match style colours')
  const saves = await waitForTypeAsync(open, 'SAVE_SETTINGS', 2)
  assert.equal(saves[1].settings.preserveColors, 'histogram')
  assert.equal(saves[1].settings.styleStrength, 70)
  await open.page.close()
})

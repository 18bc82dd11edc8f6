// Screenshots of the plugin window's main states in both Figma themes,
// compared with the references in test/screenshots/references/. What
// changes from run to run (timings, the engine's pixels, the backend found)
// is masked, so only a changed look fails.
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { after, before, test } from 'node:test'
import type { Browser, Locator } from 'playwright-core'

import { CONTENT, STYLE, layersMessage, makeLayer } from '../ui/fixtures'
import {
  launchBrowserAsync,
  openUiAsync,
  type OpenUi
} from '../ui/open-ui-async'
import { captureUiAsync, setThemeAsync, THEMES } from './capture-ui-async'
import { compareScreenshot } from './compare-screenshot'
import { exportRunAsync, startRunAsync, writeRunAsync } from './drive-run-async'
import { paintRectangle } from './paint-rectangle'

// The sandbox's own sentences (src/utilities/sentences.ts), written out:
// that module is typed against Figma's globals, which this project lacks.
const SENTENCES = {
  nothingSelected: 'Select a layer to stylize.',
  pinNeedsImage:
    'Select a layer with an image fill, then click Use selection as style.'
}

let browser: Browser
before(async () => {
  // With WebGL, as a designer's machine has: without it the window shows
  // a notice that would be in every picture.
  browser = await launchBrowserAsync({ webgl: true })
})
after(async () => {
  await browser.close()
})

const CANDIDATES = [STYLE, makeLayer('1:3', 'Paper grain')]

/** A fresh window as the sandbox answers READY, with nothing selected. */
async function openEmptyAsync(): Promise<OpenUi> {
  const open = await openUiAsync(browser)
  await open.sendAsync({ type: 'SETTINGS', stored: null, relaunch: null })
  await open.sendAsync({
    type: 'LAYERS',
    contents: [],
    styles: [],
    problem: SENTENCES.nothingSelected
  })
  await open.sendAsync({ type: 'STYLE_CANDIDATES', layers: CANDIDATES })
  // The model loads at mount; until then the footer says so instead.
  await open.ui.locator('[data-backend]:not([data-backend=""])').waitFor()
  return open
}

/** A window with one content and one style chosen: Stylize is enabled. */
async function openReadyAsync(): Promise<OpenUi> {
  const open = await openEmptyAsync()
  await open.sendAsync(layersMessage([STYLE], [CONTENT]))
  await open.ui
    .getByRole('button', { name: 'Stylize', exact: true })
    .and(open.ui.locator(':enabled'))
    .waitFor()
  return open
}

/**
 * Compares the window in each theme with `<state>-<theme>.png`. The engine
 * line is always masked: it names the backend this machine has.
 */
async function expectLookAsync(
  open: OpenUi,
  state: string,
  masks: Locator[] = []
): Promise<void> {
  const engineLine = open.ui.locator('[data-backend]')
  for (const theme of THEMES) {
    await setThemeAsync(open, theme)
    const png = await captureUiAsync(open, [...masks, engineLine])
    const { problem } = compareScreenshot(`${state}-${theme}`, png)
    assert.equal(problem, null)
  }
}

/** Runs `body` on a window, closing it even when the body fails. */
async function withWindowAsync(
  opening: Promise<OpenUi>,
  body: (open: OpenUi) => Promise<void>
): Promise<void> {
  const open = await opening
  try {
    await body(open)
  } finally {
    await open.page.close()
  }
}

test('empty selection: the sandbox says to select a layer', () =>
  withWindowAsync(openEmptyAsync(), async (open) => {
    await open.ui.getByText(SENTENCES.nothingSelected).waitFor()
    await expectLookAsync(open, 'empty')
  }))

test('ready: one content, one style, the page’s image layers', () =>
  withWindowAsync(openReadyAsync(), (open) => expectLookAsync(open, 'ready')))

test('error: a refusal from the sandbox shows as a warning', () =>
  withWindowAsync(openReadyAsync(), async (open) => {
    await open.sendAsync({ type: 'ERROR', message: SENTENCES.pinNeedsImage })
    await open.ui
      .getByRole('alert')
      .getByText(SENTENCES.pinNeedsImage)
      .waitFor()
    await expectLookAsync(open, 'error')
  }))

// While the engine computes, this Chromium paints no new frame for tens of
// seconds (the loop yields with setTimeout, not to a frame), so a capture
// mid-run takes minutes. The run is caught busy instead, before the layers
// are exported: the same footer, bar, Cancel and disabled form.
test('running (exporting), then done, with the real engine', () =>
  withWindowAsync(openReadyAsync(), async (open) => {
    const { ui } = open
    const start = await startRunAsync(open, 2)
    await ui.getByRole('status').getByText('Exporting the layers…').waitFor()
    await expectLookAsync(open, 'running', [ui.getByRole('progressbar')])

    await exportRunAsync(open, start)
    await writeRunAsync(open)
    await ui.getByRole('status').getByText(/^Done/).waitFor()
    // The result's pixels depend on the backend and the machine.
    const preview = ui.getByRole('img', { name: 'Preview of the result' })
    await expectLookAsync(open, 'done', [preview])
  }))

// Writing references would take the altered image as the new look.
const updating = process.env.UPDATE_SCREENSHOTS === '1'

test('a changed look fails and writes the diff image', { skip: updating }, () =>
  withWindowAsync(openReadyAsync(), async (open) => {
    await setThemeAsync(open, 'light')
    const area = { x: 16, y: 16, width: 120, height: 40 }
    const png = paintRectangle(await captureUiAsync(open), area)
    const { problem } = compareScreenshot('ready-light', png)
    assert.ok(problem !== null, 'a painted rectangle went unnoticed')
    const diff = problem.match(/\S+\.diff\.png/)?.[0]
    assert.ok(diff !== undefined && existsSync(diff), problem)
  })
)

import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'

import type { UiToMainMessage } from '../../src/contract/messages'
import { STYLE, layersMessage, makeLayer } from './fixtures'
import { launchBrowserAsync, openUiAsync, type OpenUi } from './open-ui-async'

let browser: Browser
before(async () => {
  browser = await launchBrowserAsync()
})
after(async () => {
  await browser.close()
})

/** A UI showing a content and a style layer, ready to stylize. */
async function openReadyUiAsync(): Promise<OpenUi> {
  const open = await openUiAsync(browser)
  await open.sendAsync(layersMessage())
  await open.ui.getByText('Home screen').waitFor()
  return open
}

function lastOf(messages: UiToMainMessage[]): UiToMainMessage {
  const last = messages.at(-1)
  assert.ok(last !== undefined, 'the UI posted nothing')
  return last
}

test('the layer buttons post their messages', async () => {
  const { ui, sendAsync, waitForPostedAsync, page } = await openReadyUiAsync()
  await sendAsync({
    type: 'STYLE_CANDIDATES',
    layers: [STYLE, makeLayer('1:3', 'Sunset')]
  })
  await ui.getByRole('button', { name: 'Use selection as style' }).click()
  assert.deepEqual(lastOf(await waitForPostedAsync(2)), {
    type: 'PIN_STYLE_FROM_SELECTION'
  })
  await ui.getByRole('button', { name: 'Swap', exact: true }).click()
  assert.deepEqual(lastOf(await waitForPostedAsync(3)), { type: 'SWAP' })
  await ui.getByRole('button', { name: 'Sunset' }).click()
  assert.deepEqual(lastOf(await waitForPostedAsync(4)), {
    type: 'ADD_STYLE',
    layerId: '1:3'
  })
  // A chosen candidate is pressed; clicking it removes the style.
  await ui.getByRole('button', { name: 'Starry', pressed: true }).click()
  assert.deepEqual(lastOf(await waitForPostedAsync(5)), {
    type: 'REMOVE_STYLE',
    layerId: '1:2'
  })
  await ui.getByRole('button', { name: 'Remove Starry' }).click()
  assert.deepEqual(lastOf(await waitForPostedAsync(6)), {
    type: 'REMOVE_STYLE',
    layerId: '1:2'
  })
  await page.close()
})

test('Stylize asks for the images; Cancel ends the run at once', async () => {
  const { ui, waitForPostedAsync, page } = await openReadyUiAsync()
  await ui.getByRole('button', { name: 'Stylize', exact: true }).click()
  const start = lastOf(await waitForPostedAsync(2))
  assert.equal(start.type, 'START_RUN')
  assert.deepEqual(start.type === 'START_RUN' && { ...start, runId: '' }, {
    type: 'START_RUN',
    runId: '',
    contentId: '1:1',
    size: 384,
    resolution: 1
  })
  await ui.getByRole('status').getByText('Exporting the layers…').waitFor()
  await ui.getByRole('button', { name: 'Cancel' }).click()
  assert.deepEqual(lastOf(await waitForPostedAsync(3)), {
    type: 'RUN_ENDED',
    runId: start.type === 'START_RUN' ? start.runId : '',
    outcome: 'cancelled',
    message: 'Cancelled. Nothing was changed.'
  })
  await ui
    .getByRole('status')
    .getByText('Cancelled. Nothing was changed.')
    .waitFor()

  // Enter runs again with a fresh runId; Escape cancels.
  await ui.getByLabel('Smoothness').press('Enter')
  const again = lastOf(await waitForPostedAsync(4))
  assert.equal(again.type, 'START_RUN')
  assert.notEqual(
    again.type === 'START_RUN' && again.runId,
    start.type === 'START_RUN' && start.runId
  )
  await page.keyboard.press('Escape')
  assert.equal(lastOf(await waitForPostedAsync(5)).type, 'RUN_ENDED')
  await page.close()
})

test("a refused run says why; other runs' replies change nothing", async () => {
  const { ui, sendAsync, waitForPostedAsync, postedAsync, page } =
    await openReadyUiAsync()
  const stylize = ui.getByRole('button', { name: 'Stylize', exact: true })
  await stylize.click()
  const start = lastOf(await waitForPostedAsync(2))
  assert.ok(start.type === 'START_RUN')
  await sendAsync({
    type: 'RUN_WRITTEN',
    runId: 'someone-else',
    layerName: 'X'
  })
  await sendAsync({
    type: 'RUN_REFUSED',
    runId: 'someone-else',
    message: 'Not this.'
  })
  const message = 'The style layer was deleted; choose another style.'
  await sendAsync({ type: 'RUN_REFUSED', runId: start.runId, message })
  await ui.getByRole('alert').getByText(message).waitFor()
  assert.equal(await ui.getByText('Not this.').count(), 0)
  assert.equal(await stylize.isEnabled(), true)
  assert.equal((await postedAsync()).length, 2)
  await page.close()
})

test('a bad setting is named by its field and disables Stylize', async () => {
  const { ui, page } = await openReadyUiAsync()
  await ui.getByRole('checkbox', { name: 'Advanced' }).click()
  const size = ui.getByLabel('Working size (long side, px)')
  await size.fill('5')
  await ui.getByText('size must be a whole number from 16 to 4096').waitFor()
  assert.equal(await size.getAttribute('aria-invalid'), 'true')
  const stylize = ui.getByRole('button', { name: 'Stylize', exact: true })
  assert.equal(await stylize.isDisabled(), true)
  await size.fill('256')
  await ui.getByText('size must be').waitFor({ state: 'detached' })
  assert.equal(await stylize.isEnabled(), true)
  await page.close()
})

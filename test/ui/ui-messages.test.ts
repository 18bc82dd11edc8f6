import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'

import { CONTENT, STYLE, layersMessage, makeLayer } from './fixtures'
import { launchBrowserAsync, openUiAsync } from './open-ui-async'

let browser: Browser
before(async () => {
  browser = await launchBrowserAsync()
})
after(async () => {
  await browser.close()
})

test('the UI posts READY once it listens', async () => {
  const { waitForPostedAsync, page } = await openUiAsync(browser)
  assert.deepEqual(await waitForPostedAsync(1), [{ type: 'READY' }])
  await page.close()
})

test('LAYERS shows the content and styles; a problem disables Stylize', async () => {
  const { ui, sendAsync, page } = await openUiAsync(browser)
  const stylize = ui.getByRole('button', { name: 'Stylize', exact: true })
  await sendAsync(layersMessage())
  await ui
    .getByRole('region', { name: 'Content' })
    .getByText('Home screen')
    .waitFor()
  await ui.getByRole('list', { name: 'Styles' }).getByText('Starry').waitFor()
  const thumbnail = ui.getByRole('region', { name: 'Content' }).locator('img')
  assert.match((await thumbnail.getAttribute('src')) ?? '', /^blob:/)
  assert.equal(await stylize.isEnabled(), true)

  const problem = 'Content and style are the same layer; choose another style.'
  await sendAsync({
    type: 'LAYERS',
    contents: [CONTENT],
    styles: [CONTENT],
    problem
  })
  await ui.getByRole('alert').getByText(problem).waitFor()
  assert.equal(await stylize.isDisabled(), true)
  await page.close()
})

test('a malformed message shows an error and is not acted on', async () => {
  const { ui, sendRawAsync, postedAsync, waitForPostedAsync, page } =
    await openUiAsync(browser)
  await waitForPostedAsync(1)
  await sendRawAsync({ source: 'devtools', note: 'not for the plugin' })
  await sendRawAsync({ pluginMessage: { type: 'LAYERS', contents: 3 } })
  const alert = ui.getByRole('alert')
  await alert.getByText('LAYERS.contents must be an array').waitFor()
  assert.equal(await alert.getByRole('paragraph').count(), 0)
  assert.equal(await ui.getByText('Home screen').count(), 0)
  await sendRawAsync({ pluginMessage: { type: 'DELETE_EVERYTHING' } })
  await alert.getByText('unknown message type "DELETE_EVERYTHING"').waitFor()
  assert.deepEqual(await postedAsync(), [{ type: 'READY' }])
  await page.close()
})

test('an ERROR from the sandbox is shown as it is', async () => {
  const { ui, sendAsync, page } = await openUiAsync(browser)
  const message = 'Select a layer first, then click Use selection as style.'
  await sendAsync({ type: 'ERROR', message })
  await ui.getByRole('alert').getByText(message).waitFor()
  await page.close()
})

test('STYLE_CANDIDATES lists the image layers, the styles marked', async () => {
  const { ui, sendAsync, page } = await openUiAsync(browser)
  await sendAsync(layersMessage())
  await sendAsync({
    type: 'STYLE_CANDIDATES',
    layers: [
      STYLE,
      makeLayer('1:3', 'Sunset'),
      { ...makeLayer('1:4', 'Blank'), thumbnail: null }
    ]
  })
  const list = ui.getByRole('list', { name: 'Image layers on this page' })
  await list.getByRole('button', { name: 'Sunset' }).waitFor()
  assert.equal(await list.getByRole('button').count(), 3)
  const chosen = list.getByRole('button', { pressed: true })
  assert.equal(await chosen.textContent(), 'Starry')
  await page.close()
})

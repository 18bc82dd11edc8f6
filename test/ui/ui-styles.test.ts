import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'

import {
  CONTENT,
  STYLE,
  layersMessage,
  makeImagePng,
  makeLayer,
  runImagesMessage
} from './fixtures'
import { launchBrowserAsync, openUiAsync, type OpenUi } from './open-ui-async'
import { setTinyRunAsync, waitForTypeAsync } from './ui-helpers'

let browser: Browser
before(async () => {
  browser = await launchBrowserAsync()
})
after(async () => {
  await browser.close()
})

const SKY = makeImagePng(40, 30)

function stylizeOf(open: OpenUi) {
  return open.ui.getByRole('button', { name: 'Stylize', exact: true })
}

/** Drops files on the plugin window as the browser would. */
async function dropFilesAsync(
  open: OpenUi,
  files: { name: string; type: string; bytes: Uint8Array }[]
): Promise<void> {
  const transfer = await open.frame.evaluateHandle(
    (list) => {
      const data = new DataTransfer()
      for (const { name, type, bytes } of list) {
        data.items.add(new File([new Uint8Array(bytes)], name, { type }))
      }
      return data
    },
    files.map((f) => ({ ...f, bytes: [...f.bytes] }))
  )
  const target = open.ui.getByRole('main')
  await target.dispatchEvent('dragover', { dataTransfer: transfer })
  await target.dispatchEvent('drop', { dataTransfer: transfer })
}

test('no style says how to choose one and keeps Stylize off', async () => {
  const open = await openUiAsync(browser)
  await open.sendAsync(layersMessage([]))
  await open.ui.getByText('Choose a style: click an image layer').waitFor()
  assert.equal(await stylizeOf(open).isDisabled(), true)
  await open.page.close()
})

test('an image file from the picker becomes a style', async () => {
  const open = await openUiAsync(browser)
  await open.sendAsync(layersMessage([]))
  await open.ui.getByLabel('Style image file').setInputFiles({
    name: 'sky.png',
    mimeType: 'image/png',
    buffer: Buffer.from(SKY)
  })
  const styles = open.ui.getByRole('list', { name: 'Styles' })
  await styles.getByText('sky.png').waitFor()
  assert.match(
    (await styles.locator('img').getAttribute('src')) ?? '',
    /^blob:/
  )
  assert.equal(await stylizeOf(open).isEnabled(), true)
  await open.ui.getByRole('button', { name: 'Remove sky.png' }).click()
  await open.ui.getByText('Choose a style: click an image layer').waitFor()
  await open.page.close()
})

test('a dropped image becomes a style; other files get a sentence', async () => {
  const open = await openUiAsync(browser)
  await open.sendAsync(layersMessage([]))
  await dropFilesAsync(open, [
    { name: 'notes.txt', type: 'text/plain', bytes: new Uint8Array([65]) }
  ])
  const alert = open.ui.getByRole('alert')
  await alert.getByText('“notes.txt” is not an image').waitFor()
  await dropFilesAsync(open, [
    { name: 'broken.png', type: 'image/png', bytes: new Uint8Array([1, 2, 3]) }
  ])
  await alert.getByText('“broken.png” could not be read as an image').waitFor()
  await dropFilesAsync(open, [
    { name: 'drop.png', type: 'image/png', bytes: SKY }
  ])
  await open.ui
    .getByRole('list', { name: 'Styles' })
    .getByText('drop.png')
    .waitFor()
  assert.equal(await alert.getByText('broken.png').count(), 0)
  await open.page.close()
})

test('at most three styles: the sources close and a drop is refused', async () => {
  const open = await openUiAsync(browser)
  const sunset = makeLayer('1:3', 'Sunset')
  await open.sendAsync(layersMessage([STYLE, sunset]))
  await open.sendAsync({
    type: 'STYLE_CANDIDATES',
    layers: [STYLE, sunset, makeLayer('1:4', 'Clouds')]
  })
  const file = open.ui.getByRole('button', { name: 'Add image file…' })
  assert.equal(await file.isEnabled(), true)
  await dropFilesAsync(open, [{ name: 'a.png', type: 'image/png', bytes: SKY }])
  await open.ui
    .getByRole('list', { name: 'Styles' })
    .getByText('a.png')
    .waitFor()
  assert.equal(await file.isDisabled(), true)
  const pin = open.ui.getByRole('button', { name: 'Use selection as style' })
  assert.equal(await pin.isDisabled(), true)
  const grid = open.ui.getByRole('list', { name: 'Image layers on this page' })
  assert.equal(
    await grid.getByRole('button', { name: 'Clouds' }).isDisabled(),
    true
  )
  assert.equal(
    await grid.getByRole('button', { name: 'Sunset' }).isEnabled(),
    true
  )
  await dropFilesAsync(open, [{ name: 'b.png', type: 'image/png', bytes: SKY }])
  await open.ui.getByText('At most 3 styles can be blended').waitFor()
  assert.equal(await open.ui.getByText('b.png').count(), 0)
  await open.page.close()
})

test('the weights of layers and files reach the engine and the record', async () => {
  const open = await openUiAsync(browser)
  await open.sendAsync(layersMessage([STYLE]))
  await open.ui.getByLabel('Style image file').setInputFiles({
    name: 'sky.png',
    mimeType: 'image/png',
    buffer: Buffer.from(SKY)
  })
  await open.ui.getByText('sky.png').waitFor()
  await open.ui.getByLabel('Weight of Starry', { exact: true }).fill('25')
  await setTinyRunAsync(open.ui)
  await stylizeOf(open).click()
  const [start] = await waitForTypeAsync(open, 'START_RUN')
  await open.sendAsync(
    runImagesMessage(start.runId, { width: 80, height: 60 }, 32)
  )
  const [write] = await waitForTypeAsync(open, 'WRITE_RESULT')
  const request = await open.frame.evaluate(() =>
    globalThis.styleTransferInspection?.lastRequest()
  )
  assert.deepEqual(
    request?.styles.map((s) => s.weight),
    [25, 100]
  )
  assert.equal(request?.settings.size, 32)
  assert.equal(request?.settings.steps, 2)
  // The file style is kept at its own size (under 1024 px).
  assert.deepEqual(request?.styles[1], { width: 40, height: 30, weight: 100 })
  assert.equal(write.width, 80)
  assert.equal(write.height, 60)
  assert.deepEqual(write.record.styles, [
    { layerId: STYLE.id, name: 'Starry', weight: 25 },
    { layerId: null, name: 'sky.png', weight: 100 }
  ])
  assert.equal(write.record.contentId, CONTENT.id)
  assert.equal(write.record.resolution, 1)
  assert.equal(write.record.settings.steps, 2)
  await open.page.close()
})

import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'

import { launchBrowserAsync, openUiAsync } from './open-ui-async'
import { waitForTypeAsync } from './ui-helpers'

let browser: Browser
before(async () => {
  browser = await launchBrowserAsync()
})
after(async () => {
  await browser.close()
})

test('dragging the grip asks for a window size, throttled', async () => {
  const open = await openUiAsync(browser)
  const grip = open.ui.getByRole('button', { name: 'Resize the window' })
  const box = await grip.boundingBox()
  assert.ok(box !== null)
  const x = box.x + box.width / 2
  const y = box.y + box.height / 2
  await open.page.mouse.move(x, y)
  await open.page.mouse.down()
  for (let i = 1; i <= 20; i++) await open.page.mouse.move(x + i * 5, y + i * 2)
  await open.page.mouse.up()
  await open.page.waitForTimeout(200)
  const resizes = await waitForTypeAsync(open, 'RESIZE_WINDOW')
  // 20 moves in a few milliseconds are a handful of messages, the last
  // one where the pointer stopped (the harness window is 320 × 640).
  assert.ok(resizes.length < 20, `${resizes.length} messages`)
  assert.deepEqual(resizes.at(-1), {
    type: 'RESIZE_WINDOW',
    width: 420,
    height: 680
  })
  await open.page.close()
})

test('the grip resizes by keyboard too, within the allowed sizes', async () => {
  const open = await openUiAsync(browser)
  const grip = open.ui.getByRole('button', { name: 'Resize the window' })
  await grip.focus()
  await open.page.keyboard.press('ArrowRight')
  const [wider] = await waitForTypeAsync(open, 'RESIZE_WINDOW')
  assert.deepEqual(wider, { type: 'RESIZE_WINDOW', width: 336, height: 640 })
  await open.page.waitForTimeout(100)
  await open.page.keyboard.press('ArrowUp')
  const resizes = await waitForTypeAsync(open, 'RESIZE_WINDOW', 2)
  assert.deepEqual(resizes[1], {
    type: 'RESIZE_WINDOW',
    width: 320,
    height: 624
  })
  await open.page.close()
})

import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'

import type { LayerSummary } from '../../src/contract/messages'
import {
  CONTENT,
  STYLE,
  layersMessage,
  makeLayer,
  runImagesMessage
} from './fixtures'
import { launchBrowserAsync, openUiAsync, type OpenUi } from './open-ui-async'
import { setTinyRunAsync, waitForTypeAsync, type Posted } from './ui-helpers'

let browser: Browser
before(async () => {
  browser = await launchBrowserAsync()
})
after(async () => {
  await browser.close()
})

function frames(count: number): LayerSummary[] {
  const rest = Array.from({ length: count - 1 }, (_, i) => ({
    ...makeLayer(`2:${i + 2}`, `Frame ${i + 2}`),
    thumbnail: null
  }))
  return [CONTENT, ...rest]
}

async function openBatchAsync(count: number, steps = 2): Promise<OpenUi> {
  const open = await openUiAsync(browser)
  await open.sendAsync(layersMessage([STYLE], frames(count)))
  await setTinyRunAsync(open.ui)
  await open.ui.getByLabel('Steps', { exact: true }).fill(String(steps))
  await open.ui.getByRole('button', { name: 'Stylize', exact: true }).click()
  return open
}

/** Plays the sandbox for one frame: exports its images, then writes it. */
async function exportFrameAsync(open: OpenUi, start: Posted<'START_RUN'>) {
  await open.sendAsync(runImagesMessage(start.runId, { width: 64, height: 48 }))
}

async function writeFrameAsync(open: OpenUi, frame: number) {
  const starts = await waitForTypeAsync(open, 'START_RUN', frame)
  await exportFrameAsync(open, starts[frame - 1])
  const writes = await waitForTypeAsync(open, 'WRITE_RESULT', frame)
  const write = writes[frame - 1]
  assert.equal(write.runId, starts[frame - 1].runId)
  await open.sendAsync({
    type: 'RUN_WRITTEN',
    runId: write.runId,
    layerName: `Result ${frame}`
  })
  return write
}

const status = (open: OpenUi) => open.ui.getByRole('status')

test('a batch runs each content in turn and says when all are done', async () => {
  const open = await openBatchAsync(2)
  const first = await writeFrameAsync(open, 1)
  assert.equal(first.record.contentId, CONTENT.id)
  assert.deepEqual([first.width, first.height], [64, 48])
  await status(open).getByText('Frame 2 of 2').waitFor()
  const second = await writeFrameAsync(open, 2)
  assert.equal(second.record.contentId, '2:2')
  await status(open).getByText('Done: 2 frames stylized.').waitFor()
  const starts = await waitForTypeAsync(open, 'START_RUN')
  assert.deepEqual(
    starts.map((s) => [s.contentId, s.size, s.resolution]),
    [
      [CONTENT.id, 32, 1],
      ['2:2', 32, 1]
    ]
  )
  assert.notEqual(starts[0].runId, starts[1].runId)

  // Hold to compare shows the content in place of the result.
  const canvas = open.ui.getByRole('img', { name: 'Preview of the result' })
  await canvas.waitFor()
  const compare = open.ui.getByRole('button', { name: 'Hold to compare' })
  await compare.hover()
  await open.page.mouse.down()
  await open.ui
    .getByRole('img', { name: 'The content, for comparison' })
    .waitFor()
  assert.equal(await compare.getAttribute('aria-pressed'), 'true')
  await open.page.mouse.up()
  await canvas.waitFor()
  await compare.focus()
  await open.page.keyboard.down(' ')
  await open.ui
    .getByRole('img', { name: 'The content, for comparison' })
    .waitFor()
  await open.page.keyboard.up(' ')
  await canvas.waitFor()
  await open.page.close()
})

test('Cancel stops the current frame and keeps those written', async () => {
  // Enough steps that frame 2 is still running when Escape comes.
  const open = await openBatchAsync(3, 20)
  await writeFrameAsync(open, 1)
  const starts = await waitForTypeAsync(open, 'START_RUN', 2)
  await exportFrameAsync(open, starts[1])
  await status(open)
    .getByText(/^Frame 2 of 3: (Starting|Step)/)
    .waitFor()
  await open.page.keyboard.press('Escape')
  const [ended] = await waitForTypeAsync(open, 'RUN_ENDED')
  assert.deepEqual(ended, {
    type: 'RUN_ENDED',
    runId: starts[1].runId,
    outcome: 'cancelled',
    message: 'Cancelled: 1 of 3 frames were stylized.'
  })
  await status(open)
    .getByText('Cancelled: 1 of 3 frames were stylized.')
    .waitFor()
  // The cancelled frame's run must not write anything, even later.
  await open.page.waitForTimeout(1500)
  const posted = await open.postedAsync()
  assert.equal(posted.filter((m) => m.type === 'WRITE_RESULT').length, 1)
  assert.equal(posted.filter((m) => m.type === 'START_RUN').length, 2)
  await open.page.close()
})

test('a refused frame stops the batch with its sentence and the count', async () => {
  const open = await openBatchAsync(3)
  await writeFrameAsync(open, 1)
  const starts = await waitForTypeAsync(open, 'START_RUN', 2)
  await open.sendAsync({
    type: 'RUN_REFUSED',
    runId: starts[1].runId,
    message: 'The layer “Frame 2” was deleted.'
  })
  await open.ui
    .getByRole('alert')
    .getByText('The layer “Frame 2” was deleted. 1 of 3 frames were stylized.')
    .waitFor()
  const stylize = open.ui.getByRole('button', { name: 'Stylize', exact: true })
  assert.equal(await stylize.isEnabled(), true)
  await open.page.close()
})

import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'

import type { MainToUiMessage } from '../../src/contract/messages'
import { CONTENT, STYLE, layersMessage, makeImagePng } from './fixtures'
import { launchBrowserAsync, openUiAsync } from './open-ui-async'
import { waitForTypeAsync } from './ui-helpers'

let browser: Browser
before(async () => {
  browser = await launchBrowserAsync()
})
after(async () => {
  await browser.close()
})

/** A small seeded generator, so a failure can be replayed. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const png = makeImagePng(4, 4)
const VALID: MainToUiMessage[] = [
  layersMessage(),
  { type: 'STYLE_CANDIDATES', layers: [STYLE] },
  { type: 'SETTINGS', stored: { steps: 3 }, relaunch: null },
  {
    type: 'RUN_IMAGES',
    runId: 'r1',
    content: { png, width: 4, height: 4 },
    styles: [{ layerId: STYLE.id, image: { png, width: 4, height: 4 } }],
    output: { width: 4, height: 4 }
  },
  { type: 'RUN_WRITTEN', runId: 'r1', layerName: 'x' },
  { type: 'RUN_REFUSED', runId: 'r1', message: 'No.' },
  { type: 'ERROR', message: 'Oops.' }
]
const ODD_VALUES: unknown[] = [
  null,
  undefined,
  0,
  -1,
  1.5,
  NaN,
  '',
  'x',
  true,
  [],
  {},
  [1, 2],
  { type: 'LAYERS' },
  new Uint8Array(0),
  'A'.repeat(300)
]

function pick<T>(random: () => number, list: T[]): T {
  return list[Math.floor(random() * list.length)]
}

/** A valid message with one field dropped, replaced or deeply broken. */
function mutate(random: () => number, message: MainToUiMessage): unknown {
  const copy: Record<string, unknown> = structuredClone(message)
  const keys = Object.keys(copy).filter((k) => k !== 'type')
  const key = pick(random, keys.length > 0 ? keys : ['type'])
  const roll = random()
  if (roll < 0.3) delete copy[key]
  else if (roll < 0.8) copy[key] = pick(random, ODD_VALUES)
  else
    copy.type = pick(random, [
      'LAYERS',
      'SETTINGS',
      'RUN_IMAGES',
      'NOPE',
      'error'
    ])
  return copy
}

function randomData(random: () => number): unknown {
  const roll = random()
  if (roll < 0.7) return { pluginMessage: mutate(random, pick(random, VALID)) }
  if (roll < 0.85) return { pluginMessage: pick(random, ODD_VALUES) }
  // Not for the plugin at all: ignored without a word.
  return pick(random, ODD_VALUES)
}

test('hundreds of broken messages start and write nothing', async () => {
  const open = await openUiAsync(browser)
  await waitForTypeAsync(open, 'READY')
  const random = createRandom(20240601)
  for (let i = 0; i < 300; i++) await open.sendRawAsync(randomData(random))
  const posted = await open.postedAsync()
  const acted = posted.filter(
    (m) =>
      m.type === 'START_RUN' ||
      m.type === 'WRITE_RESULT' ||
      m.type === 'RUN_ENDED'
  )
  assert.deepEqual(acted, [])
  assert.equal(posted.filter((m) => m.type === 'READY').length, 1)
  await open.ui
    .getByRole('alert')
    .getByText(/cannot read|must be|unknown/)
    .first()
    .waitFor()

  // The window still works: valid layers, then Stylize starts a run.
  await open.sendAsync(layersMessage([STYLE], [CONTENT]))
  const stylize = open.ui.getByRole('button', { name: 'Stylize', exact: true })
  await stylize.click()
  const [start] = await waitForTypeAsync(open, 'START_RUN')
  assert.equal(start.contentId, CONTENT.id)
  await open.page.close()
})

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { RUN_RECORD_KEY } from '../../src/constants'
import { FakeFigma } from '../figma/fake-figma'
import type { FakeSceneNode } from '../figma/fake-scene-node'
import { buildTestDocument } from './build-test-document'
import { launchPluginAsync } from './launch-plugin-async'
import {
  assertPluginBehaved,
  findMessage,
  idsOf,
  makeRecord,
  readyAsync,
  startRunAsync,
  writeResultAsync
} from './run-helpers'

/** Stylizes Home with Texture and Badge, then closes the plugin. */
async function stylizeAndCloseAsync() {
  const fake = new FakeFigma()
  const doc = buildTestDocument(fake)
  doc.page.data.selection = [doc.home, doc.texture]
  await launchPluginAsync(fake)
  await readyAsync(fake)
  await fake.sendFromUiAsync({ type: 'ADD_STYLE', layerId: doc.badge.id })
  const images = await startRunAsync(fake)
  await writeResultAsync(fake, images)
  const result = doc.home.data.children.at(-1)
  if (result === undefined) throw new Error('no result')
  fake.api.closePlugin()
  return { fake, result, record: makeRecord(images), ...doc }
}

async function restyleAsync(fake: FakeFigma, selection: FakeSceneNode[]) {
  fake.currentPage.data.selection = selection
  fake.command = 'restyle'
  await launchPluginAsync(fake)
  return fake.sendFromUiAsync({ type: 'READY' })
}

test('the result holds its record and a Restyle button', async () => {
  const { result, record, home } = await stylizeAndCloseAsync()
  assert.deepEqual(JSON.parse(result.data.pluginData[RUN_RECORD_KEY]), record)
  assert.equal(record.contentId, home.id)
  assert.deepEqual(result.data.relaunchData, {
    restyle: 'Restyle with the same styles and settings'
  })
})

test('Restyle reopens with the content, styles and record', async () => {
  const { fake, result, record, home, texture, badge } =
    await stylizeAndCloseAsync()
  const replies = await restyleAsync(fake, [result])
  assert.equal(replies.length, 3, 'SETTINGS, LAYERS, STYLE_CANDIDATES')
  assert.deepEqual(replies[0], {
    type: 'SETTINGS',
    stored: null,
    relaunch: record
  })
  const layers = findMessage(replies, 'LAYERS')
  assert.deepEqual(idsOf(layers), [[home.id], [texture.id, badge.id]])
  assert.equal(layers.problem, null)
  assertPluginBehaved(fake)
})

test('Restyle names the style layers deleted since', async () => {
  const { fake, result, home, texture, badge } = await stylizeAndCloseAsync()
  texture.remove()
  const replies = await restyleAsync(fake, [result])
  assert.equal(
    findMessage(replies, 'ERROR').message,
    `The style “Layer ${texture.id}” was deleted; Restyle goes on ` +
      'without it.'
  )
  assert.deepEqual(idsOf(findMessage(replies, 'LAYERS')), [
    [home.id],
    [badge.id]
  ])
  assertPluginBehaved(fake)
})

test('Restyle of a result whose content is gone says so', async () => {
  const { fake, result, page, home } = await stylizeAndCloseAsync()
  // The result moves out before its frame is deleted.
  page.appendChild(result as unknown as SceneNode)
  home.remove()
  const replies = await restyleAsync(fake, [result])
  assert.equal(
    findMessage(replies, 'LAYERS').problem,
    'The layer to stylize was deleted; select another one.'
  )
})

test('a corrupt record gives a plain launch and a sentence', async () => {
  for (const data of ['{not json', JSON.stringify({ version: 2 })]) {
    const { fake, result } = await stylizeAndCloseAsync()
    result.setPluginData(RUN_RECORD_KEY, data)
    const replies = await restyleAsync(fake, [result])
    assert.deepEqual(replies[0], {
      type: 'SETTINGS',
      stored: null,
      relaunch: null
    })
    assert.equal(
      findMessage(replies, 'ERROR').message,
      "This result's record is unreadable; choose the styles again."
    )
    assert.deepEqual(idsOf(findMessage(replies, 'LAYERS')), [[result.id], []])
    assertPluginBehaved(fake)
  }
})

test('SAVE_SETTINGS is read back at the next launch', async () => {
  const { fake, result, record } = await stylizeAndCloseAsync()
  fake.command = undefined
  await launchPluginAsync(fake)
  const settings = { steps: 200, styleWeight: 3, preset: 'soft', fast: true }
  assert.deepEqual(
    await fake.sendFromUiAsync({ type: 'SAVE_SETTINGS', settings }),
    []
  )
  assert.deepEqual(await fake.clientStorage.getAsync('settings.v1'), {
    version: 1,
    settings
  })
  fake.api.closePlugin()
  const replies = await restyleAsync(fake, [result])
  assert.deepEqual(replies[0], {
    type: 'SETTINGS',
    stored: settings,
    relaunch: record
  })
})

test('stored settings of another shape read as null', async () => {
  const garbage = [
    'text',
    42,
    null,
    [1, 2],
    { version: 2, settings: {} },
    { version: 1 },
    { version: 1, settings: { nested: { a: 1 } } },
    { version: 1, settings: { long: 'x'.repeat(101) } }
  ]
  for (const value of garbage) {
    const fake = new FakeFigma()
    await fake.clientStorage.setAsync('settings.v1', value)
    await launchPluginAsync(fake)
    const replies = await fake.sendFromUiAsync({ type: 'READY' })
    assert.deepEqual(
      findMessage(replies, 'SETTINGS').stored,
      null,
      JSON.stringify(value)
    )
    const errors = replies.filter(
      (m) => (m as { type: string }).type === 'ERROR'
    )
    assert.deepEqual(errors, [])
  }
})

test('a clientStorage failure is a sentence and changes nothing else', async () => {
  const fake = new FakeFigma()
  const doc = buildTestDocument(fake)
  doc.page.data.selection = [doc.home]
  await launchPluginAsync(fake)
  fake.clientStorage.failure = new Error('storage is off')
  const replies = await fake.sendFromUiAsync({ type: 'READY' })
  assert.deepEqual(findMessage(replies, 'SETTINGS').stored, null)
  assert.equal(
    findMessage(replies, 'ERROR').message,
    'Figma could not read the saved settings (storage is off); defaults apply.'
  )
  findMessage(replies, 'LAYERS')
  const saved = await fake.sendFromUiAsync({
    type: 'SAVE_SETTINGS',
    settings: { steps: 1 }
  })
  assert.deepEqual(saved, [
    {
      type: 'ERROR',
      message:
        'Figma could not save the settings (storage is off); they last ' +
        'this session.'
    }
  ])
  assertPluginBehaved(fake)
})

test('RESIZE_WINDOW is clamped to the sizes the UI may ask for', async () => {
  const fake = new FakeFigma()
  await launchPluginAsync(fake)
  const cases = [
    [[400, 700], { width: 400, height: 700 }],
    [[10, 10], { width: 280, height: 360 }],
    [[99999, 99999], { width: 1200, height: 1600 }],
    [[300.6, 500.2], { width: 301, height: 500 }]
  ] as const
  for (const [[width, height], expected] of cases) {
    const replies = await fake.sendFromUiAsync({
      type: 'RESIZE_WINDOW',
      width,
      height
    })
    assert.deepEqual(replies, [])
    assert.deepEqual(fake.ui.size, expected)
  }
})

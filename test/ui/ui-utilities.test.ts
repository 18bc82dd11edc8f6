import assert from 'node:assert/strict'
import { test } from 'node:test'

import { DEFAULT_SETTINGS } from '../../ui/engine/constants'
import { WeightsError } from '../../ui/engine/errors'
import { createRunId } from '../../ui/utilities/create-run-id'
import { describeError } from '../../ui/utilities/describe-error'
import { formatSettingsTexts } from '../../ui/utilities/format-settings-texts'
import { formatTimeLeft } from '../../ui/utilities/format-time-left'
import { readSettingsTexts } from '../../ui/utilities/read-settings-texts'
import { computeOutputSize } from '../../ui/utilities/compute-output-size'
import {
  describeCancelled,
  describeDone,
  describeFailed
} from '../../ui/utilities/describe-batch-outcome'
import { describeRelaunch } from '../../ui/utilities/describe-relaunch'
import { FORM_DEFAULTS } from '../../ui/utilities/form-values'
import { mergeStoredSettings } from '../../ui/utilities/merge-stored-settings'
import { findPreset, QUALITY_PRESETS } from '../../ui/utilities/quality-presets'
import { toSavedSettings } from '../../ui/utilities/to-saved-settings'
import { weighStyles } from '../../ui/utilities/weigh-styles'

test('the default texts read back as the default settings', () => {
  const reading = readSettingsTexts(formatSettingsTexts(DEFAULT_SETTINGS))
  assert.deepEqual(reading, { settings: DEFAULT_SETTINGS, errors: {} })
})

test('each wrong field gets its own sentence and no settings', () => {
  const texts = formatSettingsTexts(DEFAULT_SETTINGS)
  const reading = readSettingsTexts({ ...texts, size: '5', seed: '' })
  assert.equal(reading.settings, null)
  assert.deepEqual(Object.keys(reading.errors).sort(), ['seed', 'size'])
  assert.match(reading.errors.size ?? '', /^size .* 16 to 4096/)
  assert.match(reading.errors.seed ?? '', /^seed needs a value from 0 to/)
})

test('time left is rounded to what a designer reads', () => {
  assert.equal(formatTimeLeft(400), 'almost done')
  assert.equal(formatTimeLeft(12_300), 'about 12 s left')
  assert.equal(formatTimeLeft(150_000), 'about 3 min left')
})

test('engine sentences pass as they are; other errors get advice', () => {
  const damaged = new WeightsError('The weights are damaged; reinstall.')
  assert.equal(describeError(damaged, 'Try again.'), damaged.message)
  assert.equal(
    describeError(new Error('context lost'), 'Try again.'),
    'Try again. (context lost)'
  )
})

test('run ids differ every time', () => {
  const ids = new Set(Array.from({ length: 100 }, createRunId))
  assert.equal(ids.size, 100)
})

test('the output size is the content times the resolution, capped', () => {
  const content = { width: 720, height: 450 }
  assert.deepEqual(computeOutputSize(content, 1), { width: 720, height: 450 })
  assert.deepEqual(computeOutputSize(content, 2), { width: 1440, height: 900 })
  assert.deepEqual(computeOutputSize({ width: 3000, height: 1000 }, 2), {
    width: 4096,
    height: 1365
  })
})

test('stored settings keep only the fields that validate', () => {
  const merged = mergeStoredSettings(
    { steps: 42, seed: -3, optimizer: 'lbfgs', noise: '8', resolution: 3 },
    FORM_DEFAULTS
  )
  assert.equal(merged.settings.steps, 42)
  assert.equal(merged.settings.seed, FORM_DEFAULTS.settings.seed)
  assert.equal(merged.settings.optimizer, 'lbfgs')
  assert.equal(merged.settings.noise, FORM_DEFAULTS.settings.noise)
  assert.equal(merged.resolution, 1)
  // A preset alone sets size and steps; explicit values win over it.
  const fine = mergeStoredSettings({ preset: 'fine', steps: 9 }, FORM_DEFAULTS)
  assert.deepEqual([fine.settings.size, fine.settings.steps], [512, 9])
  assert.deepEqual(mergeStoredSettings({}, FORM_DEFAULTS), FORM_DEFAULTS)
})

test('what is saved names the preset and the resolution, and only changed settings', () => {
  const saved = toSavedSettings({ ...FORM_DEFAULTS, resolution: 1.5 })
  assert.deepEqual(saved, { preset: 'balanced', resolution: 1.5 })
  const custom = {
    ...FORM_DEFAULTS.settings,
    steps: 7,
    optimizer: 'lbfgs' as const
  }
  assert.deepEqual(toSavedSettings({ ...FORM_DEFAULTS, settings: custom }), {
    steps: 7,
    optimizer: 'lbfgs',
    preset: 'custom',
    resolution: 1
  })
  // A named preset stands for its size and steps.
  const [draft] = QUALITY_PRESETS
  const drafted = {
    ...FORM_DEFAULTS.settings,
    size: draft.size,
    steps: draft.steps
  }
  assert.deepEqual(toSavedSettings({ ...FORM_DEFAULTS, settings: drafted }), {
    preset: 'draft',
    resolution: 1
  })
  assert.equal(findPreset(draft.size, draft.steps)?.id, 'draft')
  // What is saved reads back as what was set.
  const back = mergeStoredSettings(
    toSavedSettings({ ...FORM_DEFAULTS, settings: custom }),
    FORM_DEFAULTS
  )
  assert.deepEqual(back.settings, custom)
})

test('batch sentences count the frames written', () => {
  assert.equal(describeDone(1, 'Result'), 'Done: the result is in “Result”.')
  assert.equal(describeDone(5, 'Result'), 'Done: 5 frames stylized.')
  assert.equal(describeCancelled(0, 1), 'Cancelled. Nothing was changed.')
  assert.equal(
    describeCancelled(2, 5),
    'Cancelled: 2 of 5 frames were stylized.'
  )
  assert.equal(
    describeFailed('Too big.', 1, 3),
    'Too big. 1 of 3 frames were stylized.'
  )
})

test('styles are weighed in the exported order, files last', () => {
  const image = { width: 1, height: 1, data: new Uint8ClampedArray(4) }
  const chosen = [
    { key: 'layer:a', name: 'A', weight: 10, layerId: 'a', image: null },
    { key: 'file:0', name: 'f.png', weight: 30, layerId: null, image },
    { key: 'layer:b', name: 'B', weight: 20, layerId: 'b', image: null }
  ]
  const { styles, order } = weighStyles(
    [
      { layerId: 'b', image },
      { layerId: 'a', image }
    ],
    chosen
  )
  assert.deepEqual(
    styles.map((s) => s.weight),
    [20, 10, 30]
  )
  assert.deepEqual(
    order.map((s) => s.name),
    ['B', 'A', 'f.png']
  )
  assert.throws(() => weighStyles([{ layerId: 'c', image }], chosen), /changed/)
})

test('describing a relaunch names the content and each lost file', () => {
  const record = {
    version: 1 as const,
    contentId: '1:1',
    styles: [{ layerId: null, name: 'paper.png', weight: 50 }],
    settings: {},
    resolution: 1
  }
  const contents = [
    { id: '1:1', name: 'Home', width: 1, height: 1, thumbnail: null }
  ]
  assert.deepEqual(describeRelaunch(record, contents), [
    'Restyling “Home” with its saved settings.',
    "The file style “paper.png” isn't kept in the document; add it again."
  ])
})

import assert from 'node:assert/strict'
import { test } from 'node:test'

import { DEFAULT_SETTINGS } from '../../ui/engine/constants'
import { WeightsError } from '../../ui/engine/errors'
import { createRunId } from '../../ui/utilities/create-run-id'
import { describeError } from '../../ui/utilities/describe-error'
import { formatSettingsTexts } from '../../ui/utilities/format-settings-texts'
import { formatTimeLeft } from '../../ui/utilities/format-time-left'
import { readSettingsTexts } from '../../ui/utilities/read-settings-texts'

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

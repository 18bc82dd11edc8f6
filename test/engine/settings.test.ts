import assert from 'node:assert/strict'
import { test } from 'node:test'

import { DEFAULT_SETTINGS, SETTING_RANGES } from '../../ui/engine/constants'
import { SettingsError } from '../../ui/engine/errors'
import { validateSettings } from '../../ui/engine/validate-settings'

test('no settings gives the defaults', () => {
  assert.deepEqual(validateSettings(), DEFAULT_SETTINGS)
})

test('given settings merge over the defaults', () => {
  const settings = validateSettings({ size: 256, seed: 9 })
  assert.equal(settings.size, 256)
  assert.equal(settings.seed, 9)
  assert.equal(settings.steps, DEFAULT_SETTINGS.steps)
})

test("a learning rate left out is the chosen optimiser's own", () => {
  assert.equal(validateSettings().learningRate, 2.5)
  assert.equal(validateSettings({ optimizer: 'adam' }).learningRate, 8)
  assert.equal(validateSettings({ optimizer: 'lbfgs' }).learningRate, 8)
  assert.equal(
    validateSettings({ optimizer: 'adam', learningRate: 3 }).learningRate,
    3
  )
})

test('a bad value names the field and the allowed range', () => {
  const cases: Array<[Record<string, unknown>, RegExp]> = [
    [{ size: 8 }, /^size must be a whole number from 16 to 4096 \(got 8\)\.$/],
    [{ size: 100.5 }, /^size must be a whole number/],
    [{ steps: 0 }, /^steps must be a whole number from 1 to/],
    [{ styleStrength: -1 }, /^styleStrength must be a number from 0 to 100/],
    [{ contentWeight: Number.NaN }, /^contentWeight must be/],
    [{ smoothness: '1' }, /^smoothness must be a number/],
    [{ seed: 2 ** 40 }, /^seed must be a whole number/],
    [{ pooling: 'min' }, /^pooling must be "max" or "avg"/],
    [{ paletteStart: 'yes' }, /^paletteStart must be true or false/],
    [
      { optimizer: 'sgd' },
      /^optimizer must be "pyramid", "adam" or "lbfgs" \(got sgd\)/
    ]
  ]
  for (const [partial, pattern] of cases) {
    assert.throws(
      () => validateSettings(partial),
      (error: unknown) =>
        error instanceof SettingsError && pattern.test(error.message)
    )
  }
})

test('every default lies inside its own range', () => {
  for (const [field, range] of Object.entries(SETTING_RANGES)) {
    const value = DEFAULT_SETTINGS[field as keyof typeof SETTING_RANGES]
    assert.ok(value >= range.min && value <= range.max, field)
  }
})

import assert from 'node:assert/strict'
import { test } from 'node:test'

import { parseCliArgs } from '../../ui/cli/parse-cli-args'
import { SettingsError } from '../../ui/engine/errors'

const NEEDED = ['--content', 'a.png', '--style', 'b.jpg', '--out', 'c.png']

test('the command line reads the recipe settings into the engine settings', () => {
  const args = parseCliArgs([
    ...NEEDED,
    '--optimizer',
    'adam',
    '--learning-rate',
    '8',
    '--coarse-to-fine',
    'on',
    '--palette-start',
    'off',
    '--noise',
    '4',
    '--steps',
    '200'
  ])
  assert.deepEqual(args.settings, {
    optimizer: 'adam',
    learningRate: 8,
    coarseToFine: true,
    paletteStart: false,
    noise: 4,
    steps: 200
  })
  assert.equal(
    parseCliArgs([...NEEDED, '--coarse-to-fine', 'off']).settings.coarseToFine,
    false
  )
})

test('a bad switch, an unknown flag or a missing input is named', () => {
  assert.throws(
    () => parseCliArgs([...NEEDED, '--coarse-to-fine', 'yes']),
    (e: unknown) =>
      e instanceof SettingsError &&
      /--coarse-to-fine must be on or off/.test(e.message)
  )
  assert.throws(
    () => parseCliArgs([...NEEDED, '--colour', 'red']),
    /Unknown option --colour/
  )
  assert.throws(
    () => parseCliArgs(['--content', 'a.png']),
    /--content, --style and --out are needed/
  )
  assert.equal(parseCliArgs(['--demo']).demo, true)
})

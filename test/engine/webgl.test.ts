// The engine on WebGL, in real headless Chromium (SwiftShader without a
// GPU), against the same engine on wasm in Node.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, test } from 'node:test'

import * as tf from '@tensorflow/tfjs-core'

import { findChromium } from '../../ui/cli/find-chromium'
import {
  openEnginePageAsync,
  type EnginePage
} from '../../ui/cli/open-engine-page-async'
import { resizeImageAsync } from '../../ui/engine/read-back'
import type { RgbaImage } from '../../ui/engine/types'
import type { Vgg19 } from '../../ui/engine/vgg19'
import {
  loadModelAsync,
  realWeights,
  ROOT,
  sampleImage
} from './engine-fixtures'

const LAYERS = [
  'conv1_1',
  'conv2_1',
  'conv3_1',
  'conv4_1',
  'conv4_2',
  'conv5_1'
]
let page: EnginePage
let model: Vgg19
let image: RgbaImage

before(async () => {
  const chromium = findChromium()
  assert.ok(
    chromium,
    'Chromium is needed for the WebGL tests (.ci/run installs it)'
  )
  page = await openEnginePageAsync(
    chromium,
    join(ROOT, 'dist', 'cli'),
    realWeights(),
    'webgl'
  )
  model = await loadModelAsync('wasm')
  image = await resizeImageAsync(sampleImage('tubingen.jpg'), {
    width: 48,
    height: 36
  })
})

after(async () => {
  await page?.closeAsync()
  model?.dispose()
})

test('the page really runs on WebGL', () => {
  assert.notEqual(page.renderer, 'none')
})

test('WebGL and wasm agree on a forward pass to 1e-3 relative', async () => {
  const webgl = await page.forwardAsync(image, LAYERS)
  const wasm = tf.tidy(() => {
    const rgb = tf.tensor4d(
      Float32Array.from(image.data.filter((_, i) => i % 4 !== 3)),
      [1, 36, 48, 3]
    )
    const out = model.features(rgb, LAYERS, 'max')
    return LAYERS.map((name) => out[name].dataSync())
  })
  LAYERS.forEach((name, l) => {
    let diff = 0
    let norm = 0
    wasm[l].forEach((v, i) => {
      diff += (v - webgl[l][i]) ** 2
      norm += v * v
    })
    const relative = Math.sqrt(diff / norm)
    assert.ok(relative < 1e-3, `${name}: ${relative}`)
  })
})

test('a run on WebGL leaves no tensors behind and changes the image', async () => {
  const before = await page.numTensorsAsync()
  const style = sampleImage('starry_night_crop.png')
  const result = await page.stylizeAsync(image, [{ image: style, weight: 1 }], {
    size: 32,
    steps: 3
  })
  assert.equal(await page.numTensorsAsync(), before)
  assert.equal(result.image.width, 32)
  assert.notDeepEqual(
    result.image.data,
    (await resizeImageAsync(image, { width: 32, height: 24 })).data
  )
})

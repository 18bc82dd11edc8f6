// The engine on the real VGG-19 weights and real images, at tiny sizes so
// the suite stays fast on a 2-core machine without a GPU (wasm backend).
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'

import * as tf from '@tensorflow/tfjs-core'

import { STYLE_LAYERS, CONTENT_LAYER } from '../../ui/engine/constants'
import { CancelledError } from '../../ui/engine/errors'
import { gramMatrix } from '../../ui/engine/gram-matrix'
import { imageToTensor, resizeTo } from '../../ui/engine/image-tensor'
import { makeTarget, relativeError } from '../../ui/engine/losses'
import { featuresOf } from '../../ui/engine/objective'
import { planSizes } from '../../ui/engine/plan-sizes'
import { rgbToYiq } from '../../ui/engine/colors'
import { resizeImageAsync } from '../../ui/engine/read-back'
import { stylizeAsync } from '../../ui/engine/stylize-async'
import type { RgbaImage, StylizeSettings } from '../../ui/engine/types'
import type { Vgg19 } from '../../ui/engine/vgg19'
import { loadModelAsync, meanRgb, sampleImage } from './engine-fixtures'

const SIZE = 48
let model: Vgg19
let content: RgbaImage
let style: RgbaImage

before(async () => {
  model = await loadModelAsync('wasm')
  content = sampleImage('tubingen.jpg')
  style = sampleImage('starry_night.jpg')
})

after(() => model.dispose())

/** An evaluator apart from the run's own loss: distances at one scale. */
function distances(image: RgbaImage): { style: number; content: number } {
  return tf.tidy(() => {
    const sizes = planSizes(content, [style], SIZE)
    const [h, w] = [sizes.working.height, sizes.working.width]
    const x = resizeTo(imageToTensor(image), h, w)
    const c = resizeTo(imageToTensor(content), h, w)
    const s = resizeTo(
      imageToTensor(style),
      sizes.styles[0].height,
      sizes.styles[0].width
    )
    const fx = featuresOf(model, x, [...STYLE_LAYERS, CONTENT_LAYER], 'max')
    const fc = featuresOf(model, c, [CONTENT_LAYER], 'max')
    const fs = featuresOf(model, s, STYLE_LAYERS, 'max')
    const styleDistance = STYLE_LAYERS.map((name) =>
      relativeError(gramMatrix(fx[name]), makeTarget(gramMatrix(fs[name])))
    )
    return {
      style: tf.addN(styleDistance).dataSync()[0] / STYLE_LAYERS.length,
      content: relativeError(
        fx[CONTENT_LAYER],
        makeTarget(fc[CONTENT_LAYER])
      ).dataSync()[0]
    }
  })
}

test('a run takes the style: Gram distance at least halves, content stays bounded', async () => {
  const result = await stylizeAsync({
    model,
    content,
    style,
    settings: { size: SIZE, steps: 40 }
  })
  assert.equal(result.image.width, SIZE)
  assert.equal(result.image.height, 36)
  const start = distances(content)
  const end = distances(result.image)
  assert.ok(end.style < start.style / 2, `style ${start.style} -> ${end.style}`)
  assert.ok(end.content < 1, `content distance ${end.content}`)
})

test('the number of live tensors is the same after every step, and none are left', async () => {
  const before = tf.memory().numTensors
  const counts: number[] = []
  await stylizeAsync(
    { model, content, style, settings: { size: 32, steps: 12 } },
    { onProgress: () => counts.push(tf.memory().numTensors) }
  )
  assert.equal(new Set(counts).size, 1, `counts per step: ${counts.join(' ')}`)
  assert.equal(tf.memory().numTensors, before)
})

test('cancelling stops within one step and leaves no tensors', async () => {
  const before = tf.memory().numTensors
  const controller = new AbortController()
  let steps = 0
  const run = stylizeAsync(
    { model, content, style, settings: { size: 32, steps: 50 } },
    {
      signal: controller.signal,
      onProgress: (p) => {
        steps = p.step
        if (p.step === 3) controller.abort()
      }
    }
  )
  await assert.rejects(run, CancelledError)
  assert.equal(steps, 3)
  assert.equal(tf.memory().numTensors, before)
})

test('the same seed gives the same bytes; another seed does not', async () => {
  const run = (seed: number) =>
    stylizeAsync({
      model,
      content,
      style,
      settings: { size: 24, steps: 3, seed }
    })
  const [a, b, c] = [await run(5), await run(5), await run(6)]
  assert.deepEqual(a.image.data, b.image.data)
  assert.notDeepEqual(a.image.data, c.image.data)
})

test('transparent parts of the content stay transparent', async () => {
  const { width, height } = { width: 32, height: 24 }
  const data = new Uint8ClampedArray(width * height * 4).fill(200)
  for (let p = 3; p < data.length; p += 4) {
    data[p] = (p / 4) % width < width / 2 ? 0 : 255
  }
  const result = await stylizeAsync({
    model,
    content: { width, height, data },
    style,
    settings: { size: 32, steps: 2 }
  })
  const alpha = result.image.data.filter((_, i) => i % 4 === 3)
  assert.deepEqual(
    alpha,
    data.filter((_, i) => i % 4 === 3)
  )
})

test('a failed run (bad settings) rejects before touching the device', async () => {
  const before = tf.memory().numTensors
  await assert.rejects(
    stylizeAsync({ model, content, style, settings: { steps: 0 } }),
    /steps must be a whole number/
  )
  assert.equal(tf.memory().numTensors, before)
})

test('blending with weights 1 and 0 equals the single style', async () => {
  const settings = { size: 32, steps: 4 }
  const single = await stylizeAsync({ model, content, style, settings })
  const blend = await stylizeAsync({
    model,
    content,
    styles: [
      { image: style, weight: 1 },
      { image: sampleImage('the_scream.jpg'), weight: 0 }
    ],
    settings
  })
  assert.deepEqual(blend.image.data, single.image.data)
})

test('strength 0 returns the content', async () => {
  const small = {
    width: 40,
    height: 30,
    data: new Uint8ClampedArray(40 * 30 * 4).fill(90)
  }
  const result = await stylizeAsync({
    model,
    content: small,
    style,
    settings: { size: 40, styleStrength: 0 }
  })
  assert.deepEqual(result.image.data, small.data)
})

test('preserve colours (luminance) keeps the content colours on a real run', async () => {
  const result = await stylizeAsync({
    model,
    content,
    style,
    settings: { size: 32, steps: 4, preserveColors: 'luminance' }
  })
  const small = await resizeImageAsync(content, { width: 32, height: 24 })
  let far = 0
  for (let p = 0; p < result.image.data.length; p += 4) {
    const [, i, q] = rgbToYiq(
      result.image.data[p],
      result.image.data[p + 1],
      result.image.data[p + 2]
    )
    const [, ci, cq] = rgbToYiq(
      small.data[p],
      small.data[p + 1],
      small.data[p + 2]
    )
    if (Math.abs(i - ci) > 2 || Math.abs(q - cq) > 2) far++
  }
  assert.ok(far < result.image.data.length / 4 / 20, `${far} pixels off`)
})

/** Distance between two images' mean colours, in pixel units. */
function meanColorDistance(a: RgbaImage, b: RgbaImage): number {
  const mb = meanRgb(b)
  return Math.hypot(...meanRgb(a).map((m, c) => m - mb[c]))
}

test("a run starts in the style's palette, unless asked not to", async () => {
  const scream = sampleImage('the_scream.jpg')
  const run = (paletteStart: boolean) =>
    stylizeAsync({
      model,
      content,
      style: scream,
      settings: { size: 32, steps: 1, paletteStart }
    })
  const [palette, own] = [await run(true), await run(false)]
  const [toStyle, toContent] = [
    meanColorDistance(palette.image, scream),
    meanColorDistance(own.image, content)
  ]
  assert.ok(toStyle < 6, `palette start ${toStyle} from the style's mean`)
  assert.ok(toContent < 6, `own start ${toContent} from the content's mean`)
  assert.ok(meanColorDistance(content, scream) > 30)
})

// The defaults are Adam on a pyramid at one scale; these are the others.
const OTHER_RECIPES: Array<[string, Partial<StylizeSettings>]> = [
  ['L-BFGS', { optimizer: 'lbfgs' }],
  [
    'Adam, coarse to fine,',
    { optimizer: 'adam', learningRate: 8, coarseToFine: true }
  ]
]
for (const [name, recipe] of OTHER_RECIPES) {
  test(`${name} runs on the real network, lowers the loss and leaves no tensors`, async () => {
    const before = tf.memory().numTensors
    const totals: number[] = []
    await stylizeAsync(
      { model, content, style, settings: { size: 32, steps: 20, ...recipe } },
      { onProgress: (p) => p.losses && totals.push(p.losses.total) }
    )
    assert.equal(tf.memory().numTensors, before)
    assert.ok(totals.at(-1)! < totals[0], `total loss ${totals.join(' -> ')}`)
  })
}

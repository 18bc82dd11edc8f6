import assert from 'node:assert/strict'
import { test } from 'node:test'

import {
  blendColorStats,
  colorStats,
  matchColors,
  rgbToYiq,
  toLuminance,
  withContentChroma,
  yiqToRgb
} from '../../ui/engine/colors'
import { prepareColors } from '../../ui/engine/prepare-colors'
import { styleWeightOf } from '../../ui/engine/style-weight'
import type { RgbaImage } from '../../ui/engine/types'
import { meanRgb, sampleImage } from './engine-fixtures'

test('YIQ round-trips', () => {
  const [y, i, q] = rgbToYiq(200, 30, 90)
  const rgb = yiqToRgb(y, i, q)
  ;[200, 30, 90].forEach((v, c) => assert.ok(Math.abs(rgb[c] - v) < 0.5))
})

test('luminance mode: the result keeps the content chroma to within rounding', () => {
  const content = sampleImage('starry_night_crop.png')
  const result = toLuminance(sampleImage('starry_night_crop.png'), {
    mean: 90,
    std: 40
  })
  const out = withContentChroma(result, content)
  let checked = 0
  for (let p = 0; p < out.data.length; p += 4) {
    const rgb = [out.data[p], out.data[p + 1], out.data[p + 2]]
    if (rgb.some((v) => v === 0 || v === 255)) continue // clipped
    const [, i, q] = rgbToYiq(rgb[0], rgb[1], rgb[2])
    const [, ci, cq] = rgbToYiq(
      content.data[p],
      content.data[p + 1],
      content.data[p + 2]
    )
    assert.ok(Math.abs(i - ci) < 1 && Math.abs(q - cq) < 1, `pixel ${p / 4}`)
    checked++
  }
  assert.ok(checked > out.data.length / 8)
})

test("histogram mode moves the style's mean colour to the content's", () => {
  const content = sampleImage('tubingen.jpg')
  const style = sampleImage('the_scream.jpg')
  const matched = matchColors(style, content)
  const [want, got, before] = [
    meanRgb(content),
    meanRgb(matched),
    meanRgb(style)
  ]
  for (let c = 0; c < 3; c++) {
    assert.ok(
      Math.abs(got[c] - want[c]) < 4,
      `channel ${c}: ${got[c]} vs ${want[c]}`
    )
  }
  assert.ok(before.some((v, c) => Math.abs(v - want[c]) > 10))
})

/** The pixels of both images in one image, one row of pixels. */
function concatenate(a: RgbaImage, b: RgbaImage): RgbaImage {
  const data = new Uint8ClampedArray(a.data.length + b.data.length)
  data.set(a.data)
  data.set(b.data, a.data.length)
  return { width: data.length / 4, height: 1, data }
}

test("pooled colour statistics are those of the images' pixels together", () => {
  const a = sampleImage('starry_night_crop.png')
  const b = sampleImage('the_scream.jpg')
  const [na, nb] = [a.data.length / 4, b.data.length / 4]
  const pooled = blendColorStats([
    { stats: colorStats(a), weight: na / (na + nb) },
    { stats: colorStats(b), weight: nb / (na + nb) }
  ])
  const together = colorStats(concatenate(a, b))
  pooled.mean.forEach((m, c) =>
    assert.ok(Math.abs(m - together.mean[c]) < 1e-6)
  )
  pooled.cov.forEach((v, k) =>
    assert.ok(Math.abs(v - together.cov[k]) < 1e-3, `cov[${k}]`)
  )
})

test("the palette start is the content in the style's mean colour", () => {
  const content = sampleImage('tubingen.jpg')
  const style = sampleImage('the_scream.jpg')
  const plan = prepareColors(
    content,
    [{ image: style, weight: 1 }],
    'off',
    true
  )
  const [got, want] = [meanRgb(plan.start), meanRgb(style)]
  for (let c = 0; c < 3; c++) {
    assert.ok(Math.abs(got[c] - want[c]) < 4, `channel ${c}: ${got[c]}`)
  }
  // The targets still come from the content's own colours.
  assert.equal(plan.content, content)
})

test('a style of weight 0 leaves the palette start as the other alone gives', () => {
  const content = sampleImage('tubingen.jpg')
  const [a, b] = [
    sampleImage('the_scream.jpg'),
    sampleImage('starry_night_crop.png')
  ]
  const alone = prepareColors(content, [{ image: a, weight: 1 }], 'off', true)
  const blended = prepareColors(
    content,
    [
      { image: a, weight: 1 },
      { image: b, weight: 0 }
    ],
    'off',
    true
  )
  assert.deepEqual(blended.start.data, alone.start.data)
})

test('without the palette start, or with colours kept, runs start at the content', () => {
  const content = sampleImage('tubingen.jpg')
  const styles = [{ image: sampleImage('the_scream.jpg'), weight: 1 }]
  assert.equal(prepareColors(content, styles, 'off', false).start, content)
  assert.equal(prepareColors(content, styles, 'histogram', true).start, content)
  const luminance = prepareColors(content, styles, 'luminance', true)
  assert.equal(luminance.start, luminance.content)
})

test('strength maps to the style weight on a log scale, 0 meaning none', () => {
  assert.equal(styleWeightOf(0), 0)
  assert.ok(Math.abs(styleWeightOf(50) - 5) < 1e-9)
  const ratios = [25, 50, 75].map(
    (s) => styleWeightOf(s + 25) / styleWeightOf(s)
  )
  ratios.forEach((r) => assert.ok(Math.abs(r - 10) < 1e-9))
})

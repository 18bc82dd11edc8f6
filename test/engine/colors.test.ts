import assert from 'node:assert/strict'
import { test } from 'node:test'

import {
  matchColors,
  rgbToYiq,
  toLuminance,
  withContentChroma,
  yiqToRgb
} from '../../ui/engine/colors'
import { styleWeightOf } from '../../ui/engine/style-weight'
import type { RgbaImage } from '../../ui/engine/types'
import { sampleImage } from './engine-fixtures'

function meanRgb(image: RgbaImage): number[] {
  const sums = [0, 0, 0]
  for (let p = 0; p < image.data.length; p += 4) {
    for (let c = 0; c < 3; c++) sums[c] += image.data[p + c]
  }
  return sums.map((s) => s / (image.data.length / 4))
}

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

test('strength maps to the style weight on a log scale, 0 meaning none', () => {
  assert.equal(styleWeightOf(0), 0)
  assert.ok(Math.abs(styleWeightOf(50) - 5) < 1e-9)
  const ratios = [25, 50, 75].map(
    (s) => styleWeightOf(s + 25) / styleWeightOf(s)
  )
  ratios.forEach((r) => assert.ok(Math.abs(r - 10) < 1e-9))
})

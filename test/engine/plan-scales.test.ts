import assert from 'node:assert/strict'
import { test } from 'node:test'

import { planScales } from '../../ui/engine/plan-scales'
import { planSizes } from '../../ui/engine/plan-sizes'

const image = (width: number, height: number) => ({
  width,
  height,
  data: new Uint8ClampedArray(width * height * 4)
})

test('coarse to fine: from about 128 px up to the output, at most 1.4x apart', () => {
  const scales = planScales(
    { width: 512, height: 384 },
    [{ width: 512, height: 320 }],
    200
  )
  assert.equal(Math.max(scales[0].content.width, scales[0].content.height), 128)
  assert.deepEqual(scales.at(-1)!.content, { width: 512, height: 384 })
  for (let i = 1; i < scales.length; i++) {
    const ratio = scales[i].content.width / scales[i - 1].content.width
    assert.ok(ratio > 1 && ratio <= 1.41, `ratio ${ratio}`)
  }
  assert.equal(
    scales.reduce((sum, s) => sum + s.steps, 0),
    200
  )
})

test('the style shrinks with the image, so strokes keep their relative size', () => {
  const scales = planScales(
    { width: 512, height: 512 },
    [{ width: 512, height: 256 }],
    50
  )
  for (const scale of scales) {
    const ratio = scale.styles[0].width / scale.content.width
    assert.ok(
      Math.abs(ratio - 1) < 0.02 || scale.styles[0].height === 32,
      `${ratio}`
    )
  }
})

test('small outputs and few steps use a single scale', () => {
  assert.equal(
    planScales({ width: 96, height: 64 }, [{ width: 96, height: 60 }], 30)
      .length,
    1
  )
  assert.equal(
    planScales({ width: 1024, height: 768 }, [{ width: 900, height: 600 }], 1)
      .length,
    1
  )
})

test('every scale keeps a short side of at least 32 px', () => {
  const sizes = planSizes(image(2000, 100), [image(300, 300)], 1024)
  for (const scale of planScales(sizes.working, sizes.styles, 100)) {
    assert.ok(Math.min(scale.content.width, scale.content.height) >= 32)
    assert.ok(Math.min(scale.styles[0].width, scale.styles[0].height) >= 32)
  }
})

test('a layer too thin to optimise is refused with a sentence', () => {
  assert.throws(
    () => planSizes(image(4000, 10), [image(64, 64)], 4000),
    /too thin to stylize/
  )
})

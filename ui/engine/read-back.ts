import * as tf from '@tensorflow/tfjs-core'

import { resizeTo, rgbToImage } from './image-tensor'
import type { LossTerms } from './objective'
import type { Size } from './plan-sizes'
import type { LossRecord, RgbaImage } from './types'

/** Reads the loss terms back without blocking, then disposes them. */
export async function readLossesAsync(terms: LossTerms): Promise<LossRecord> {
  const { content, style, smoothness, total } = terms
  const values = await Promise.all(
    [content, style, smoothness, total].map((t) => t.data())
  )
  Object.values(terms).forEach((t) => t.dispose())
  const [c, s, sm, tot] = values.map((v) => v[0])
  return { content: c, style: s, smoothness: sm, total: tot }
}

/** The image at the output size, with the content's alpha. */
export async function readImageAsync(
  image: tf.Tensor4D,
  output: Size,
  alphaFrom: RgbaImage
): Promise<RgbaImage> {
  const { width, height } = output
  const sized = tf.tidy(() => tf.round(resizeTo(image, height, width)))
  const pixels = await sized.data()
  sized.dispose()
  return rgbToImage(pixels as Float32Array, width, height, alphaFrom)
}

/** The content's alpha at the output size, so transparency is kept. */
export async function alphaAtAsync(
  content: RgbaImage,
  output: Size
): Promise<RgbaImage> {
  const { width, height } = output
  if (content.width === width && content.height === height) return content
  const alpha = tf.tidy(() => {
    const values = Float32Array.from(
      { length: content.width * content.height },
      (_, i) => content.data[i * 4 + 3]
    )
    const channel = tf.tensor4d(values, [1, content.height, content.width, 1])
    return resizeTo(channel, height, width)
  })
  const values = await alpha.data()
  alpha.dispose()
  const data = new Uint8ClampedArray(width * height * 4)
  values.forEach((value, i) => (data[i * 4 + 3] = value))
  return { width, height, data }
}

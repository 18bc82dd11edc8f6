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

/** An RGBA image resized on the device (bilinear), alpha included. */
export async function resizeImageAsync(
  image: RgbaImage,
  size: Size
): Promise<RgbaImage> {
  if (image.width === size.width && image.height === size.height) return image
  const resized = tf.tidy(() => {
    const rgba = tf.tensor4d(Float32Array.from(image.data), [
      1,
      image.height,
      image.width,
      4
    ])
    return tf.round(resizeTo(rgba, size.height, size.width))
  })
  const values = await resized.data()
  resized.dispose()
  return { ...size, data: Uint8ClampedArray.from(values) }
}

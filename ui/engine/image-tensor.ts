import * as tf from '@tensorflow/tfjs-core'

import { ImageError } from './errors'
import type { RgbaImage } from './types'

export function checkImage(image: RgbaImage, role: string): void {
  const { width, height, data } = image
  if (!(width >= 1 && height >= 1) || data.length !== width * height * 4) {
    throw new ImageError(`The ${role} image is empty; choose a visible layer.`)
  }
}

/** RGBA bytes to RGB in 0-255, [1, h, w, 3]; alpha is handled apart. */
export function imageToTensor(image: RgbaImage): tf.Tensor4D {
  const { width, height, data } = image
  const rgb = new Float32Array(width * height * 3)
  for (let p = 0, q = 0; p < data.length; p += 4, q += 3) {
    rgb[q] = data[p]
    rgb[q + 1] = data[p + 1]
    rgb[q + 2] = data[p + 2]
  }
  return tf.tensor4d(rgb, [1, height, width, 3])
}

/** RGB in 0-255 back to RGBA bytes, taking alpha from `alphaFrom`. */
export function rgbToImage(
  rgb: Float32Array | Int32Array | Uint8Array,
  width: number,
  height: number,
  alphaFrom: RgbaImage | null
): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4)
  for (let p = 0, q = 0; p < data.length; p += 4, q += 3) {
    data[p] = rgb[q]
    data[p + 1] = rgb[q + 1]
    data[p + 2] = rgb[q + 2]
    data[p + 3] = alphaFrom ? alphaFrom.data[p + 3] : 255
  }
  return { width, height, data }
}

/** Width and height with the given long side, keeping the aspect ratio. */
export function fitLongSide(
  width: number,
  height: number,
  longSide: number
): { width: number; height: number } {
  const scale = longSide / Math.max(width, height)
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale))
  }
}

export function resizeTo(
  image: tf.Tensor4D,
  height: number,
  width: number
): tf.Tensor4D {
  const [, h, w] = image.shape
  if (h === height && w === width) return tf.clone(image)
  return tf.image.resizeBilinear(image, [height, width], false, true)
}

// Colour handling of "Preserving Color in Neural Artistic Style Transfer"
// (Gatys, Bethge, Hertzmann and Shechtman, 2016): transfer on luminance
// only, or match the style's colour statistics to the content's first.
import { matrixSqrt3, invert3, multiply3, type Matrix3 } from './matrix3'
import type { RgbaImage } from './types'

type Yiq = [number, number, number]

export function rgbToYiq(r: number, g: number, b: number): Yiq {
  return [
    0.299 * r + 0.587 * g + 0.114 * b,
    0.596 * r - 0.274 * g - 0.322 * b,
    0.211 * r - 0.523 * g + 0.312 * b
  ]
}

export function yiqToRgb(y: number, i: number, q: number): Yiq {
  return [
    y + 0.956 * i + 0.621 * q,
    y - 0.272 * i - 0.647 * q,
    y - 1.106 * i + 1.703 * q
  ]
}

function mapPixels(
  image: RgbaImage,
  f: (r: number, g: number, b: number, p: number) => Yiq
): RgbaImage {
  const data = new Uint8ClampedArray(image.data.length)
  const src = image.data
  for (let p = 0; p < src.length; p += 4) {
    const [r, g, b] = f(src[p], src[p + 1], src[p + 2], p)
    data[p] = Math.round(r)
    data[p + 1] = Math.round(g)
    data[p + 2] = Math.round(b)
    data[p + 3] = src[p + 3]
  }
  return { width: image.width, height: image.height, data }
}

export function luminanceStats(image: RgbaImage): {
  mean: number
  std: number
} {
  let sum = 0
  let squares = 0
  const n = image.data.length / 4
  for (let p = 0; p < image.data.length; p += 4) {
    const [y] = rgbToYiq(image.data[p], image.data[p + 1], image.data[p + 2])
    sum += y
    squares += y * y
  }
  const mean = sum / n
  return { mean, std: Math.sqrt(Math.max(squares / n - mean * mean, 1e-6)) }
}

/**
 * The image as grey luminance, rescaled to the given mean and deviation,
 * so that the style's light and dark match the content's.
 */
export function toLuminance(
  image: RgbaImage,
  target?: { mean: number; std: number }
): RgbaImage {
  const own = luminanceStats(image)
  const { mean, std } = target ?? own
  return mapPixels(image, (r, g, b) => {
    const y = ((rgbToYiq(r, g, b)[0] - own.mean) / own.std) * std + mean
    return [y, y, y]
  })
}

/** The result's luminance with the content's chroma (I and Q) exactly. */
export function withContentChroma(
  result: RgbaImage,
  content: RgbaImage
): RgbaImage {
  return mapPixels(result, (r, g, b, p) => {
    const [y] = rgbToYiq(r, g, b)
    const c = content.data
    const [, i, q] = rgbToYiq(c[p], c[p + 1], c[p + 2])
    return yiqToRgb(y, i, q)
  })
}

/** An image's colours as a distribution: mean and covariance of RGB. */
export interface ColorStats {
  mean: number[]
  cov: Matrix3
}

export function colorStats(image: RgbaImage): ColorStats {
  const n = image.data.length / 4
  const mean = [0, 0, 0]
  const cov: Matrix3 = [0, 0, 0, 0, 0, 0, 0, 0, 0]
  for (let p = 0; p < image.data.length; p += 4) {
    for (let c = 0; c < 3; c++) mean[c] += image.data[p + c] / n
  }
  for (let p = 0; p < image.data.length; p += 4) {
    for (let a = 0; a < 3; a++) {
      for (let b = 0; b < 3; b++) {
        cov[a * 3 + b] +=
          ((image.data[p + a] - mean[a]) * (image.data[p + b] - mean[b])) / n
      }
    }
  }
  for (let c = 0; c < 3; c++) cov[c * 4] += 1e-3
  return { mean, cov }
}

/**
 * The colours of several images pooled by weight (weights summing to 1),
 * as if their pixels were drawn from one bag: the mixture's mean and
 * covariance, sum w (C + m m^T) - mean mean^T.
 */
export function blendColorStats(
  parts: Array<{ stats: ColorStats; weight: number }>
): ColorStats {
  const mean = [0, 1, 2].map((c) =>
    parts.reduce((sum, p) => sum + p.weight * p.stats.mean[c], 0)
  )
  const cov = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((k) => {
    const [a, b] = [Math.floor(k / 3), k % 3]
    const second = parts.reduce(
      (sum, { stats, weight }) =>
        sum + weight * (stats.cov[k] + stats.mean[a] * stats.mean[b]),
      0
    )
    return second - mean[a] * mean[b]
  }) as Matrix3
  return { mean, cov }
}

/**
 * The image with its colours moved to the target's mean and covariance:
 * x' = Ct^(1/2) Cx^(-1/2) (x - mean_x) + mean_t.
 */
export function moveColors(image: RgbaImage, target: ColorStats): RgbaImage {
  const s = colorStats(image)
  const m = multiply3(matrixSqrt3(target.cov), invert3(matrixSqrt3(s.cov)))
  return mapPixels(image, (r, g, b) => {
    const d = [r - s.mean[0], g - s.mean[1], b - s.mean[2]]
    return [0, 1, 2].map(
      (row) =>
        m[row * 3] * d[0] +
        m[row * 3 + 1] * d[1] +
        m[row * 3 + 2] * d[2] +
        target.mean[row]
    ) as Yiq
  })
}

/** The style with its colours moved to the content's. */
export function matchColors(style: RgbaImage, content: RgbaImage): RgbaImage {
  return moveColors(style, colorStats(content))
}

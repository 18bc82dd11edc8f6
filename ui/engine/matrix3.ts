// 3x3 matrices, row-major, for colour statistics.

export type Matrix3 = number[]

export function multiply3(a: Matrix3, b: Matrix3): Matrix3 {
  const out = new Array<number>(9).fill(0)
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 3; c++) {
      for (let k = 0; k < 3; k++) out[r * 3 + c] += a[r * 3 + k] * b[k * 3 + c]
    }
  }
  return out
}

export function invert3(m: Matrix3): Matrix3 {
  const [a, b, c, d, e, f, g, h, i] = m
  const det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g)
  const adjugate = [
    e * i - f * h,
    c * h - b * i,
    b * f - c * e,
    f * g - d * i,
    a * i - c * g,
    c * d - a * f,
    d * h - e * g,
    b * g - a * h,
    a * e - b * d
  ]
  return adjugate.map((v) => v / det)
}

/**
 * Eigen-decomposition of a symmetric matrix by Jacobi rotations; returns
 * the eigenvalues and the eigenvectors as the columns of a matrix.
 */
function symmetricEigen(m: Matrix3): { values: number[]; vectors: Matrix3 } {
  const a = [...m]
  const v: Matrix3 = [1, 0, 0, 0, 1, 0, 0, 0, 1]
  for (let sweep = 0; sweep < 50; sweep++) {
    for (const [p, q] of [
      [0, 1],
      [0, 2],
      [1, 2]
    ]) {
      const apq = a[p * 3 + q]
      if (Math.abs(apq) < 1e-12) continue
      const theta = (a[q * 3 + q] - a[p * 3 + p]) / (2 * apq)
      const t =
        Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1))
      const cos = 1 / Math.sqrt(t * t + 1)
      const sin = t * cos
      for (let k = 0; k < 3; k++) {
        const akp = a[k * 3 + p]
        const akq = a[k * 3 + q]
        a[k * 3 + p] = cos * akp - sin * akq
        a[k * 3 + q] = sin * akp + cos * akq
      }
      for (let k = 0; k < 3; k++) {
        const apk = a[p * 3 + k]
        const aqk = a[q * 3 + k]
        a[p * 3 + k] = cos * apk - sin * aqk
        a[q * 3 + k] = sin * apk + cos * aqk
      }
      for (let k = 0; k < 3; k++) {
        const vkp = v[k * 3 + p]
        const vkq = v[k * 3 + q]
        v[k * 3 + p] = cos * vkp - sin * vkq
        v[k * 3 + q] = sin * vkp + cos * vkq
      }
    }
  }
  return { values: [a[0], a[4], a[8]], vectors: v }
}

/** The symmetric square root of a symmetric positive definite matrix. */
export function matrixSqrt3(m: Matrix3): Matrix3 {
  const { values, vectors: v } = symmetricEigen(m)
  const roots = values.map((x) => Math.sqrt(Math.max(x, 0)))
  const out = new Array<number>(9).fill(0)
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 3; c++) {
      for (let k = 0; k < 3; k++) {
        out[r * 3 + c] += v[r * 3 + k] * roots[k] * v[c * 3 + k]
      }
    }
  }
  return out
}

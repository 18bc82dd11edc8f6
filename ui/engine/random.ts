/** A small seeded generator (mulberry32): same seed, same numbers. */
export function makeRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

/** Uniform noise in [-amplitude, amplitude), reproducible from the seed. */
export function seededNoise(
  length: number,
  amplitude: number,
  seed: number
): Float32Array {
  const random = makeRandom(seed)
  const noise = new Float32Array(length)
  for (let i = 0; i < length; i++) noise[i] = (random() * 2 - 1) * amplitude
  return noise
}

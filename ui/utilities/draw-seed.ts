import { SETTING_RANGES } from '../engine/constants'

/** A fresh random seed, different from `previous`, for "Vary". */
export function drawSeed(previous: number): number {
  const { max } = SETTING_RANGES.seed
  for (;;) {
    const [word] = crypto.getRandomValues(new Uint32Array(1))
    const seed = word % (max + 1)
    if (seed !== previous) return seed
  }
}

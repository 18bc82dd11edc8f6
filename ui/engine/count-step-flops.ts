import { REFLECT_PADDING, STYLE_LAYERS } from './constants'
import type { Size } from './plan-sizes'

/** VGG-19's convolutions up to conv5_1: [block, input channels, output]. */
const CONVS: Array<[number, number, number]> = [
  [1, 3, 64],
  [1, 64, 64],
  [2, 64, 128],
  [2, 128, 128],
  [3, 128, 256],
  [3, 256, 256],
  [3, 256, 256],
  [3, 256, 256],
  [4, 256, 512],
  [4, 512, 512],
  [4, 512, 512],
  [4, 512, 512],
  [5, 512, 512]
]
const STYLE_CHANNELS = [64, 128, 256, 512, 512]

/**
 * Floating-point operations of one step at this size: the convolutions
 * forward and their input gradient backward (the weights are constants,
 * so no weight gradient), plus the style layers' Gram matrices forward
 * and backward. Element-wise work (ReLU, pooling, losses) is left out: it
 * is under 1 % of the total.
 */
export function countStepFlops(size: Size): number {
  const height = size.height + 2 * REFLECT_PADDING
  const width = size.width + 2 * REFLECT_PADDING
  let flops = 0
  for (const [block, cin, cout] of CONVS) {
    const positions =
      Math.floor(height / 2 ** (block - 1)) *
      Math.floor(width / 2 ** (block - 1))
    flops += 2 * (2 * positions * 9 * cin * cout)
  }
  STYLE_LAYERS.forEach((_, i) => {
    const positions =
      Math.floor(size.height / 2 ** i) * Math.floor(size.width / 2 ** i)
    flops += 3 * (2 * positions * STYLE_CHANNELS[i] ** 2)
  })
  return flops
}

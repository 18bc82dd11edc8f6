import type { Optimizer, StylizeSettings } from './types'

/**
 * Each optimiser's learning rate when none is given, in pixel units: the
 * pyramid's from the benchmark, Adam's 8 from the former defaults, and
 * L-BFGS's first step as Adam's.
 */
export const DEFAULT_LEARNING_RATES: Record<Optimizer, number> = {
  pyramid: 2.5,
  adam: 8,
  lbfgs: 8
}

/**
 * Every default in one place; stored or typed settings merge over it.
 * The recipe is the benchmark's fastest (README, "Why these defaults"):
 * one scale, started at the content in the style's palette plus seeded
 * grain, Adam on a pyramid at 2.5. Content weight 1.15 and smoothness
 * 0.1 come from the same runs: smoothness 1 pulled against both the style
 * and the content distance; to pass the textbook on both distances one
 * photo pair needed a content weight above 1, another one below 1.3.
 */
export const DEFAULT_SETTINGS: StylizeSettings = {
  size: 512,
  steps: 100,
  styleStrength: 50,
  styleScale: 1,
  preserveColors: 'off',
  contentWeight: 1.15,
  smoothness: 0.1,
  optimizer: 'pyramid',
  learningRate: DEFAULT_LEARNING_RATES.pyramid,
  coarseToFine: false,
  paletteStart: true,
  noise: 8,
  seed: 1,
  pooling: 'max'
}

export interface SettingRange {
  min: number
  max: number
  integer: boolean
}

export type NumericSetting = Exclude<
  keyof StylizeSettings,
  'pooling' | 'preserveColors' | 'optimizer' | 'coarseToFine' | 'paletteStart'
>

export const SETTING_RANGES: Record<NumericSetting, SettingRange> = {
  size: { min: 16, max: 4096, integer: true },
  steps: { min: 1, max: 5000, integer: true },
  styleStrength: { min: 0, max: 100, integer: false },
  styleScale: { min: 0.25, max: 4, integer: false },
  contentWeight: { min: 0, max: 100, integer: false },
  smoothness: { min: 0, max: 100, integer: false },
  learningRate: { min: 0.01, max: 64, integer: false },
  noise: { min: 0, max: 64, integer: false },
  seed: { min: 0, max: 2 ** 31 - 1, integer: true }
}

/** VGG-19 layers of the losses, named as in Gatys et al. */
export const CONTENT_LAYER = 'conv4_2'
export const STYLE_LAYERS = [
  'conv1_1',
  'conv2_1',
  'conv3_1',
  'conv4_1',
  'conv5_1'
] as const

/** ImageNet mean in BGR order, subtracted from 0-255 pixels ("caffe"). */
export const VGG_MEAN_BGR = [103.939, 116.779, 123.68] as const

/** How often a run reads its losses back from the device. */
export const LOSS_READ_EVERY = 10

/**
 * Style weight at strength 50, against a content weight of 1. Measured at
 * 128 px on a photo: 1 left the Gram distance at 0.51 of the content's
 * own, 5 brought it to 0.16 with the buildings still clear, 100 to 0.03
 * with the content gone.
 */
export const STYLE_WEIGHT_AT_50 = 5
/** Each 25 points of strength multiply the style weight by this. */
export const STYLE_WEIGHT_PER_25 = 10

/**
 * Reflected border, in pixels, cropped off again after each layer; 16
 * stays a whole number of positions down to conv5_1 (16 / 2^4 = 1).
 */
export const REFLECT_PADDING = 16

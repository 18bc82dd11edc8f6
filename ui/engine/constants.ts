import type { StylizeSettings } from './types'

/** Every default in one place; stored or typed settings merge over it. */
export const DEFAULT_SETTINGS: StylizeSettings = {
  size: 512,
  steps: 200,
  styleStrength: 5,
  contentWeight: 1,
  smoothness: 1,
  learningRate: 8,
  seed: 1,
  pooling: 'max'
}

export interface SettingRange {
  min: number
  max: number
  integer: boolean
}

export type NumericSetting = Exclude<keyof StylizeSettings, 'pooling'>

export const SETTING_RANGES: Record<NumericSetting, SettingRange> = {
  size: { min: 16, max: 4096, integer: true },
  steps: { min: 1, max: 5000, integer: true },
  styleStrength: { min: 0, max: 100, integer: false },
  contentWeight: { min: 0, max: 100, integer: false },
  smoothness: { min: 0, max: 100, integer: false },
  learningRate: { min: 0.01, max: 64, integer: false },
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

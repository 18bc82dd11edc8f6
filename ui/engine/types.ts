// Public types of the style-transfer engine. The engine uses no DOM, so the
// same code runs in the plugin's iframe and in Node (command line, tests).

/** 8-bit RGBA pixels, row-major, as in ImageData. */
export interface RgbaImage {
  width: number
  height: number
  data: Uint8ClampedArray
}

export type Pooling = 'max' | 'avg'

/** The optimisers, the default first: Adam on a pyramid, Adam, L-BFGS. */
export const OPTIMIZERS = ['pyramid', 'adam', 'lbfgs'] as const
export type Optimizer = (typeof OPTIMIZERS)[number]

export type BackendName = 'webgl' | 'wasm' | 'cpu'

/**
 * off: the style's colours; luminance: only the style's texture, the
 * content's colours kept exactly; histogram: the style's colours moved to
 * the content's before the transfer.
 */
export type PreserveColors = 'off' | 'luminance' | 'histogram'

/** A style image and its share in a blend of several. */
export interface WeightedStyle {
  image: RgbaImage
  weight: number
}

/** Every setting of a run; see DEFAULT_SETTINGS in constants.ts. */
export interface StylizeSettings {
  /** Long side of the output in pixels. */
  size: number
  /** Optimisation steps. */
  steps: number
  /**
   * 0-100: how much style, against content. Mapped to the style weight on
   * a log scale (see styleWeightOf), so equal steps look like equal
   * changes; 0 returns the content.
   */
  styleStrength: number
  /** Size of the style's strokes relative to the output; 1 = as exported. */
  styleScale: number
  preserveColors: PreserveColors
  /** Weight of the content loss (conv4_2 features). */
  contentWeight: number
  /** Weight of the total-variation loss. */
  smoothness: number
  /**
   * Adam on the pixels, Adam on a pyramid of the image (pyramid-adam.ts:
   * broad changes move as fast as fine ones) or L-BFGS; see the README's
   * benchmark for which is the default and why.
   */
  optimizer: Optimizer
  /**
   * Adam's step in pixel units (0-255), Adam normalising the gradient; for
   * L-BFGS, the size of its first, plain gradient step.
   */
  learningRate: number
  /** Coarse to fine (several scales) or the output size only. */
  coarseToFine: boolean
  /**
   * Start from the content moved into the styles' palette (the mean and
   * covariance of their colours) instead of its own colours; used only
   * when preserveColors is "off".
   */
  paletteStart: boolean
  /** Noise added to the content at the start, in pixel units (0-255). */
  noise: number
  /** Seeds the initial noise, so a run can be repeated. */
  seed: number
  pooling: Pooling
}

/** Loss terms of one step, each relative to its target's norm. */
export interface LossRecord {
  content: number
  style: number
  smoothness: number
  total: number
}

/** Reported while a run goes; feeds both the progress bar and the CLI. */
export interface StylizeProgress {
  step: number
  totalSteps: number
  elapsedMs: number
  /** Estimate from the mean step time so far. */
  remainingMs: number
  /** The latest losses read back, or null before the first read. */
  losses: LossRecord | null
}

export interface StylizeOptions {
  /** Aborting stops the run within one step; stylizeAsync then rejects. */
  signal?: AbortSignal
  onProgress?: (progress: StylizeProgress) => void
  /** Called every `previewEvery` steps with the current image. */
  onPreview?: (image: RgbaImage) => void
  previewEvery?: number
}

export interface StylizeResult {
  image: RgbaImage
  steps: number
  elapsedMs: number
  losses: LossRecord
}

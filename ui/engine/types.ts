// Public types of the style-transfer engine. The engine uses no DOM, so the
// same code runs in the plugin's iframe and in Node (command line, tests).

/** 8-bit RGBA pixels, row-major, as in ImageData. */
export interface RgbaImage {
  width: number
  height: number
  data: Uint8ClampedArray
}

export type Pooling = 'max' | 'avg'

export type BackendName = 'webgl' | 'wasm' | 'cpu'

/** Every setting of a run; see DEFAULT_SETTINGS in constants.ts. */
export interface StylizeSettings {
  /** Long side of the output in pixels. */
  size: number
  /** Optimisation steps. */
  steps: number
  /** Weight of the style loss (Gram matrices). */
  styleStrength: number
  /** Weight of the content loss (conv4_2 features). */
  contentWeight: number
  /** Weight of the total-variation loss. */
  smoothness: number
  /** Adam's step in pixel units (0-255); Adam normalises the gradient. */
  learningRate: number
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

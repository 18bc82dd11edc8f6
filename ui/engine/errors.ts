// Errors whose message is a sentence for the designer: the UI and the
// command line show them as they are.

/** A setting outside its allowed range; the message names field and range. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SettingsError'
  }
}

/** The VGG-19 weights are missing, truncated or fail their checksum. */
export class WeightsError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WeightsError'
  }
}

/** Thrown by a run whose AbortSignal fired; nothing was produced. */
export class CancelledError extends Error {
  constructor() {
    super('The run was cancelled.')
    this.name = 'CancelledError'
  }
}

/** An input image the engine cannot use (empty, wrong size of data). */
export class ImageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImageError'
  }
}

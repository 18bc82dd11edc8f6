// The messages between the sandbox (src/) and the UI iframe (ui/). Both
// halves import this module; every message that crosses is checked with
// parseMainToUiMessage or parseUiToMainMessage before it is acted on.

/** A layer as the UI shows it: name, size and a small PNG thumbnail. */
export interface LayerSummary {
  id: string
  name: string
  width: number
  height: number
  /**
   * PNG bytes, long side at most THUMBNAIL_SIZE; null if it exports empty,
   * and for every content layer of a batch after the first.
   */
  thumbnail: Uint8Array | null
}

/** Pixels exported by the sandbox for a run, as PNG bytes. */
export interface ExportedImage {
  png: Uint8Array
  width: number
  height: number
}

/**
 * One style of a run as a result layer records it: a layer of the document
 * (layerId) or an image file the designer added in the UI (layerId null;
 * its pixels are not kept, only its name).
 */
export interface RecordedStyle {
  layerId: string | null
  name: string
  /** Share in the blend, 0-100. */
  weight: number
}

/**
 * What a result was made with, kept as plugin data on the result layer so
 * that "Restyle" can reopen the plugin with exactly these. `settings` is
 * the engine's settings object as the UI sent it; the UI checks it again
 * (merged over its defaults) when it comes back.
 */
export interface RunRecord {
  version: typeof RUN_RECORD_VERSION
  contentId: string
  /**
   * The run's styles; its layer styles in the order of RUN_IMAGES.styles
   * (the sandbox refuses a record that differs), file styles anywhere.
   */
  styles: RecordedStyle[]
  settings: Record<string, unknown>
  /** Output pixels per content pixel, 1-2. */
  resolution: number
}

export const RUN_RECORD_VERSION = 1

export const THUMBNAIL_SIZE = 96

/** Largest side Figma's createImage accepts. */
export const MAX_IMAGE_SIDE = 4096

/** Styles blended in one run, layers and files together. */
export const MAX_STYLES = 3

/** Output resolution, in output pixels per content pixel. */
export const MIN_RESOLUTION = 1
export const MAX_RESOLUTION = 2

/** Plugin window sizes the UI may ask for. */
export const MIN_WINDOW = { width: 280, height: 360 }
export const MAX_WINDOW = { width: 1200, height: 1600 }

export type MainToUiMessage =
  | {
      type: 'LAYERS'
      /**
       * The content layers, in selection order: one for a single run, more
       * for a batch. Only the first carries a thumbnail.
       */
      contents: LayerSummary[]
      /** The style layers chosen, at most MAX_STYLES, in the order added. */
      styles: LayerSummary[]
      /**
       * One sentence saying why Stylize cannot run on these layers, or
       * null. Having no style at all is the UI's to say: a style may also
       * come from a file the sandbox never sees.
       */
      problem: string | null
    }
  | { type: 'STYLE_CANDIDATES'; layers: LayerSummary[] }
  /**
   * The answer to READY: the settings last saved with SAVE_SETTINGS (null
   * if none or unreadable), and the record of the result the plugin was
   * relaunched from with "Restyle" (null on a plain launch).
   */
  | {
      type: 'SETTINGS'
      stored: Record<string, unknown> | null
      relaunch: RunRecord | null
    }
  | {
      type: 'RUN_IMAGES'
      runId: string
      /** The content at the run's working size. */
      content: ExportedImage
      /** The style layers, in the order of LAYERS.styles, at the same long side. */
      styles: Array<{ layerId: string; image: ExportedImage }>
      /** Pixel size of the image to write: the content's at the resolution. */
      output: { width: number; height: number }
    }
  | { type: 'RUN_WRITTEN'; runId: string; layerName: string }
  | { type: 'RUN_REFUSED'; runId: string; message: string }
  /**
   * A request the sandbox refused or could not complete, not tied to a run
   * (a malformed message, nothing to pin as style, an unexpected failure).
   */
  | { type: 'ERROR'; message: string }

export type UiToMainMessage =
  | { type: 'READY' }
  /** Adds the selected image layers as styles (up to MAX_STYLES in all). */
  | { type: 'PIN_STYLE_FROM_SELECTION' }
  /** Adds one layer of the candidate grid as a style. */
  | { type: 'ADD_STYLE'; layerId: string }
  | { type: 'REMOVE_STYLE'; layerId: string }
  /** Swaps the single content with the first style layer. */
  | { type: 'SWAP' }
  /**
   * Exports one content layer (one of LAYERS.contents) and the style
   * layers: `size` is the working long side, `resolution` sets the output.
   */
  | {
      type: 'START_RUN'
      runId: string
      contentId: string
      size: number
      resolution: number
    }
  | {
      type: 'WRITE_RESULT'
      runId: string
      png: Uint8Array
      width: number
      height: number
      record: RunRecord
    }
  | {
      type: 'RUN_ENDED'
      runId: string
      outcome: 'cancelled' | 'failed'
      message: string
    }
  /** Remembers the settings for the next launch (figma.clientStorage). */
  | { type: 'SAVE_SETTINGS'; settings: Record<string, unknown> }
  | { type: 'RESIZE_WINDOW'; width: number; height: number }

// The messages between the sandbox (src/) and the UI iframe (ui/). Both
// halves import this module; every message that crosses is checked with
// parseMainToUiMessage or parseUiToMainMessage before it is acted on.

/** A layer as the UI shows it: name, size and a small PNG thumbnail. */
export interface LayerSummary {
  id: string
  name: string
  width: number
  height: number
  /** PNG bytes, long side at most THUMBNAIL_SIZE; null if it exports empty. */
  thumbnail: Uint8Array | null
}

/** Pixels exported by the sandbox for a run, as PNG bytes. */
export interface ExportedImage {
  png: Uint8Array
  width: number
  height: number
}

export const THUMBNAIL_SIZE = 96

/** Largest side Figma's createImage accepts. */
export const MAX_IMAGE_SIDE = 4096

export type MainToUiMessage =
  | {
      type: 'LAYERS'
      content: LayerSummary | null
      style: LayerSummary | null
      /** One sentence saying why Stylize cannot run now, or null. */
      problem: string | null
    }
  | { type: 'STYLE_CANDIDATES'; layers: LayerSummary[] }
  | {
      type: 'RUN_IMAGES'
      runId: string
      content: ExportedImage
      style: ExportedImage
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
  | { type: 'PIN_STYLE_FROM_SELECTION' }
  | { type: 'CHOOSE_STYLE'; layerId: string }
  | { type: 'SWAP' }
  | { type: 'START_RUN'; runId: string; size: number }
  | {
      type: 'WRITE_RESULT'
      runId: string
      png: Uint8Array
      width: number
      height: number
    }
  | {
      type: 'RUN_ENDED'
      runId: string
      outcome: 'cancelled' | 'failed'
      message: string
    }

import type { RgbaImage } from '../engine/types'

/** One style of the blend as the designer chose it. */
export interface ChosenStyle {
  /** "layer:<id>" or "file:<n>", unique in the list. */
  key: string
  name: string
  /** Share in the blend, 0-100; the engine normalises the weights. */
  weight: number
  /** The style layer in the document, or null for an image file. */
  layerId: string | null
  /**
   * A file's pixels, decoded when it was added; a layer's pixels come with
   * each run's RUN_IMAGES instead.
   */
  image: RgbaImage | null
}

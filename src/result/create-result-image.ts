import { describeError } from '../utilities/describe-error'
import { SENTENCES } from '../utilities/sentences'

/**
 * Hands the PNG to Figma, which rejects bytes it cannot decode and sides
 * over 4096 px; the rejection becomes a sentence. The image store is not
 * part of the layer tree, so the document is unchanged either way.
 */
export function createResultImage(png: Uint8Array): Image | string {
  try {
    return figma.createImage(png)
  } catch (error) {
    return SENTENCES.resultRejected(describeError(error))
  }
}

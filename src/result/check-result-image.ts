import { MAX_IMAGE_SIDE } from '../contract/messages'
import { readPngHeader } from '../export/read-png-header'
import { SENTENCES } from '../utilities/sentences'

/** Why the UI's result PNG cannot be written, or null. */
export function checkResultImage(
  png: Uint8Array,
  width: number,
  height: number
): string | null {
  const header = readPngHeader(png)
  if (header === null) return SENTENCES.resultDamaged
  if (header.width !== width || header.height !== height) {
    return SENTENCES.resultDamaged
  }
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) {
    return SENTENCES.resultTooLarge
  }
  return null
}

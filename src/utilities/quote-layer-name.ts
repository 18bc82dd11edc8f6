import { NAME_MAX_LENGTH } from '../constants'
import { cutText } from './cut-text'

/** A layer name as it appears inside a sentence to the designer. */
export function quoteLayerName(name: string): string {
  return `“${cutText(name, NAME_MAX_LENGTH)}”`
}

import { NOTIFY_MAX_LENGTH } from '../constants'
import { cutText } from './cut-text'

/** Shows a sentence in Figma's toast, cut to the length it displays. */
export function notifyUser(sentence: string, options?: { error: boolean }) {
  figma.notify(cutText(sentence, NOTIFY_MAX_LENGTH), options)
}

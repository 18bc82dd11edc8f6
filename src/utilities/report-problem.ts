import { notifyUser } from './notify-user'
import { postToUi } from './post-to-ui'

/** Tells the designer, in Figma and in the UI, why a request did nothing. */
export function reportProblem(sentence: string): void {
  notifyUser(sentence, { error: true })
  postToUi({ type: 'ERROR', message: sentence })
}

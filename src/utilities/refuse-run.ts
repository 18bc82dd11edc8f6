import { notifyUser } from './notify-user'
import { postToUi } from './post-to-ui'

/** Tells the designer, in Figma and in the UI, why a run cannot go on. */
export function refuseRun(runId: string, sentence: string): void {
  notifyUser(sentence, { error: true })
  postToUi({ type: 'RUN_REFUSED', runId, message: sentence })
}

import { checkRelaunchStylesAsync } from '../launch/check-relaunch-styles-async'
import type { Session } from '../session/create-session'
import { loadSettingsAsync } from '../settings/load-settings-async'
import { postToUi } from '../utilities/post-to-ui'
import { reportProblem } from '../utilities/report-problem'
import { sendLayersAsync } from './send-layers-async'
import { sendStyleCandidatesAsync } from './send-style-candidates-async'

/**
 * The UI listens now (again, if it reloaded): tell it everything, the
 * settings first, as the UI sets itself up from them. What went wrong at
 * launch is told once, at the first READY.
 */
export async function handleReadyAsync(session: Session): Promise<void> {
  const first = !session.uiReady
  session.uiReady = true
  const problems = first ? await readLaunchProblemsAsync(session) : []
  const { stored, problem } = await loadSettingsAsync()
  if (session.closed) return
  postToUi({ type: 'SETTINGS', stored, relaunch: session.relaunch })
  if (problem !== null) problems.push(problem)
  for (const sentence of problems) reportProblem(sentence)
  await sendLayersAsync(session)
  await sendStyleCandidatesAsync()
}

async function readLaunchProblemsAsync(session: Session): Promise<string[]> {
  const problems = session.launchProblems
  session.launchProblems = []
  if (session.relaunch !== null) {
    const gone = await checkRelaunchStylesAsync(session)
    if (gone !== null) problems.push(gone)
  }
  return problems
}

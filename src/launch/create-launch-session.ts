import { RESTYLE_COMMAND } from '../constants'
import { createSession, type Session } from '../session/create-session'
import { readRelaunchRecord } from './read-relaunch-record'

/**
 * The session at launch. From Restyle, the result's content and style
 * layers as its record names them; whether they still exist is found out
 * when the UI is ready to hear it. A record that cannot be used gives a
 * plain launch, with a sentence for the designer.
 */
export function createLaunchSession(
  command: string | undefined,
  selection: ReadonlyArray<SceneNode>
): Session {
  const session = createSession(selection)
  if (command !== RESTYLE_COMMAND) return session
  const record = readRelaunchRecord(selection)
  if (typeof record === 'string') {
    session.launchProblems.push(record)
    return session
  }
  session.relaunch = record
  session.contentIds = [record.contentId]
  session.styles = []
  for (const { layerId, name } of record.styles) {
    if (layerId !== null) session.styles.push({ id: layerId, name })
  }
  return session
}

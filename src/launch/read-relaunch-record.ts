import { RUN_RECORD_KEY } from '../constants'
import type { RunRecord } from '../contract/messages'
import { parseRunRecord } from '../contract/parse-run-record'
import { MessageError } from '../contract/read-fields'
import { SENTENCES } from '../utilities/sentences'

/**
 * The record on the selected result the designer clicked Restyle on, or
 * the sentence saying why there is none to use. Plugin data can be edited
 * by other plugins or left by an older version, so it is checked as a
 * message from outside would be.
 */
export function readRelaunchRecord(
  selection: ReadonlyArray<SceneNode>
): RunRecord | string {
  const layer = selection.find((node) => node.getPluginData(RUN_RECORD_KEY))
  if (layer === undefined) return SENTENCES.restyleNeedsResult
  try {
    return parseRunRecord(JSON.parse(layer.getPluginData(RUN_RECORD_KEY)))
  } catch (error) {
    if (error instanceof SyntaxError || error instanceof MessageError) {
      return SENTENCES.recordUnreadable
    }
    throw error
  }
}

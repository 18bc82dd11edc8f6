import type { RunRecord } from '../contract/messages'
import type { Run } from '../session/create-session'

/**
 * Whether the record describes this run: its content, and its style
 * layers in the order they were exported. Image-file styles are the UI's
 * and cannot be checked here.
 */
export function recordMatchesRun(record: RunRecord, run: Run): boolean {
  const layerIds = record.styles
    .map((style) => style.layerId)
    .filter((id) => id !== null)
  return (
    record.contentId === run.contentId &&
    layerIds.length === run.styles.length &&
    layerIds.every((id, i) => id === run.styles[i].id)
  )
}

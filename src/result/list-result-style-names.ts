import type { RunRecord } from '../contract/messages'
import type { Run } from '../session/create-session'

/**
 * The names of a result's styles, in the record's order: a style layer by
 * the name it had when exported, an image file by the name the UI gave.
 */
export function listResultStyleNames(run: Run, record: RunRecord): string[] {
  return record.styles.map((style) => {
    const layer = run.styles.find((s) => s.id === style.layerId)
    return layer?.name ?? style.name
  })
}

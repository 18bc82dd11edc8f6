import {
  MAX_RESOLUTION,
  MAX_STYLES,
  MIN_RESOLUTION,
  RUN_RECORD_VERSION,
  type RecordedStyle,
  type RunRecord
} from './messages'
import { parseSettings } from './parse-settings'
import {
  MessageError,
  readArray,
  readNumberIn,
  readObject,
  readString,
  type Fields
} from './read-fields'

/** The output resolution, in output pixels per content pixel. */
export function readResolution(fields: Fields, where: string): number {
  return readNumberIn(
    fields,
    'resolution',
    where,
    MIN_RESOLUTION,
    MAX_RESOLUTION
  )
}

function readRecordedStyle(value: unknown, where: string): RecordedStyle {
  const fields = readObject(value, where)
  const layerId =
    fields.layerId === null ? null : readString(fields, 'layerId', where)
  if (typeof fields.name !== 'string')
    throw new MessageError(`${where}.name must be a string`)
  return {
    layerId,
    name: fields.name,
    weight: readNumberIn(fields, 'weight', where, 0, 100)
  }
}

/** Checks a run record, from a message or from a result layer's plugin data. */
export function parseRunRecord(value: unknown, where = 'record'): RunRecord {
  const fields = readObject(value, where)
  if (fields.version !== RUN_RECORD_VERSION) {
    throw new MessageError(`${where}.version must be ${RUN_RECORD_VERSION}`)
  }
  const styles = readArray(fields, 'styles', where, MAX_STYLES)
  if (styles.length === 0)
    throw new MessageError(`${where}.styles must not be empty`)
  return {
    version: RUN_RECORD_VERSION,
    contentId: readString(fields, 'contentId', where),
    styles: styles.map((s, i) => readRecordedStyle(s, `${where}.styles[${i}]`)),
    settings: parseSettings(fields.settings, `${where}.settings`),
    resolution: readResolution(fields, where)
  }
}

import {
  MAX_RESOLUTION,
  MAX_STYLES,
  MIN_RESOLUTION,
  RUN_RECORD_VERSION,
  type ExportedImage,
  type LayerSummary,
  type MainToUiMessage,
  type RecordedStyle,
  type RunRecord,
  type UiToMainMessage
} from './messages'

/** A message that does not follow the contract; it is never acted on. */
export class MessageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MessageError'
  }
}

type Fields = Record<string, unknown>

function readObject(value: unknown, where: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MessageError(`${where} must be an object`)
  }
  return value as Fields
}

function readString(fields: Fields, key: string, where: string): string {
  const value = fields[key]
  if (typeof value !== 'string' || value.length === 0) {
    throw new MessageError(`${where}.${key} must be a non-empty string`)
  }
  return value
}

function readSide(fields: Fields, key: string, where: string): number {
  const value = fields[key]
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new MessageError(`${where}.${key} must be a positive integer`)
  }
  return value
}

function readBytes(fields: Fields, key: string, where: string): Uint8Array {
  const value = fields[key]
  if (!(value instanceof Uint8Array) || value.length === 0) {
    throw new MessageError(`${where}.${key} must be non-empty bytes`)
  }
  return value
}

function readLayer(value: unknown, where: string): LayerSummary {
  const fields = readObject(value, where)
  const thumbnail = fields.thumbnail
  return {
    id: readString(fields, 'id', where),
    name: typeof fields.name === 'string' ? fields.name : '',
    width: readPositive(fields, 'width', where),
    height: readPositive(fields, 'height', where),
    thumbnail:
      thumbnail === null ? null : readBytes(fields, 'thumbnail', where)
  }
}

function readPositive(fields: Fields, key: string, where: string): number {
  const value = fields[key]
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new MessageError(`${where}.${key} must be a number of at least 0`)
  }
  return value
}

function readImage(value: unknown, where: string): ExportedImage {
  const fields = readObject(value, where)
  return {
    png: readBytes(fields, 'png', where),
    width: readSide(fields, 'width', where),
    height: readSide(fields, 'height', where)
  }
}

function readProblem(fields: Fields, where: string): string | null {
  return fields.problem === null ? null : readString(fields, 'problem', where)
}

function readArray(fields: Fields, key: string, where: string, max: number): unknown[] {
  const value = fields[key]
  if (!Array.isArray(value)) throw new MessageError(`${where}.${key} must be an array`)
  if (value.length > max) {
    throw new MessageError(`${where}.${key} has more than ${max} entries`)
  }
  return value
}

function readNumberIn(
  fields: Fields,
  key: string,
  where: string,
  min: number,
  max: number
): number {
  const value = fields[key]
  if (typeof value !== 'number' || !(value >= min && value <= max)) {
    throw new MessageError(`${where}.${key} must be a number from ${min} to ${max}`)
  }
  return value
}

/** Most layers one LAYERS message lists (a batch beyond is refused earlier). */
export const MAX_LISTED_LAYERS = 500

/** Settings travel as a flat object of numbers, strings and booleans. */
const MAX_SETTINGS_KEYS = 64

/** Checks a settings object, from a message or from clientStorage. */
export function parseSettings(value: unknown, where = 'settings'): Record<string, unknown> {
  const fields = readObject(value, where)
  const keys = Object.keys(fields)
  if (keys.length > MAX_SETTINGS_KEYS) {
    throw new MessageError(`${where} has more than ${MAX_SETTINGS_KEYS} keys`)
  }
  const settings: Record<string, unknown> = {}
  for (const key of keys) {
    const v = fields[key]
    const plain =
      (typeof v === 'number' && Number.isFinite(v)) ||
      typeof v === 'boolean' ||
      (typeof v === 'string' && v.length <= 100)
    if (!plain) {
      throw new MessageError(`${where}.${key} must be a number, a short string or a boolean`)
    }
    settings[key] = v
  }
  return settings
}

function readRecordedStyle(value: unknown, where: string): RecordedStyle {
  const fields = readObject(value, where)
  const layerId = fields.layerId === null ? null : readString(fields, 'layerId', where)
  if (typeof fields.name !== 'string') throw new MessageError(`${where}.name must be a string`)
  return { layerId, name: fields.name, weight: readNumberIn(fields, 'weight', where, 0, 100) }
}

/** Checks a run record, from a message or from a result layer's plugin data. */
export function parseRunRecord(value: unknown, where = 'record'): RunRecord {
  const fields = readObject(value, where)
  if (fields.version !== RUN_RECORD_VERSION) {
    throw new MessageError(`${where}.version must be ${RUN_RECORD_VERSION}`)
  }
  const styles = readArray(fields, 'styles', where, MAX_STYLES)
  if (styles.length === 0) throw new MessageError(`${where}.styles must not be empty`)
  return {
    version: RUN_RECORD_VERSION,
    contentId: readString(fields, 'contentId', where),
    styles: styles.map((s, i) => readRecordedStyle(s, `${where}.styles[${i}]`)),
    settings: parseSettings(fields.settings, `${where}.settings`),
    resolution: readNumberIn(fields, 'resolution', where, MIN_RESOLUTION, MAX_RESOLUTION)
  }
}

function readLayers(fields: Fields, key: string, where: string, max: number): LayerSummary[] {
  return readArray(fields, key, where, max).map((layer, i) =>
    readLayer(layer, `${where}.${key}[${i}]`)
  )
}

/** Checks a message the UI received from the sandbox. */
export function parseMainToUiMessage(value: unknown): MainToUiMessage {
  const fields = readObject(value, 'message')
  const type = readString(fields, 'type', 'message')
  const where = type
  switch (type) {
    case 'LAYERS':
      return {
        type,
        contents: readLayers(fields, 'contents', where, MAX_LISTED_LAYERS),
        styles: readLayers(fields, 'styles', where, MAX_STYLES),
        problem: readProblem(fields, where)
      }
    case 'STYLE_CANDIDATES':
      return { type, layers: readLayers(fields, 'layers', where, MAX_LISTED_LAYERS) }
    case 'SETTINGS':
      return {
        type,
        stored: fields.stored === null ? null : parseSettings(fields.stored, `${where}.stored`),
        relaunch:
          fields.relaunch === null ? null : parseRunRecord(fields.relaunch, `${where}.relaunch`)
      }
    case 'RUN_IMAGES': {
      const output = readObject(fields.output, `${where}.output`)
      return {
        type,
        runId: readString(fields, 'runId', where),
        content: readImage(fields.content, `${where}.content`),
        styles: readArray(fields, 'styles', where, MAX_STYLES).map((s, i) => {
          const style = readObject(s, `${where}.styles[${i}]`)
          return {
            layerId: readString(style, 'layerId', `${where}.styles[${i}]`),
            image: readImage(style.image, `${where}.styles[${i}].image`)
          }
        }),
        output: {
          width: readSide(output, 'width', `${where}.output`),
          height: readSide(output, 'height', `${where}.output`)
        }
      }
    }
    case 'RUN_WRITTEN':
      return {
        type,
        runId: readString(fields, 'runId', where),
        layerName: readString(fields, 'layerName', where)
      }
    case 'RUN_REFUSED':
      return {
        type,
        runId: readString(fields, 'runId', where),
        message: readString(fields, 'message', where)
      }
    case 'ERROR':
      return { type, message: readString(fields, 'message', where) }
    default:
      throw new MessageError(`unknown message type "${type}" from the sandbox`)
  }
}

/** Checks a message the sandbox received from the UI. */
export function parseUiToMainMessage(value: unknown): UiToMainMessage {
  const fields = readObject(value, 'message')
  const type = readString(fields, 'type', 'message')
  const where = type
  switch (type) {
    case 'READY':
    case 'PIN_STYLE_FROM_SELECTION':
    case 'SWAP':
      return { type }
    case 'ADD_STYLE':
    case 'REMOVE_STYLE':
      return { type, layerId: readString(fields, 'layerId', where) }
    case 'START_RUN':
      return {
        type,
        runId: readString(fields, 'runId', where),
        contentId: readString(fields, 'contentId', where),
        size: readSide(fields, 'size', where),
        resolution: readNumberIn(fields, 'resolution', where, MIN_RESOLUTION, MAX_RESOLUTION)
      }
    case 'WRITE_RESULT':
      return {
        type,
        runId: readString(fields, 'runId', where),
        png: readBytes(fields, 'png', where),
        width: readSide(fields, 'width', where),
        height: readSide(fields, 'height', where),
        record: parseRunRecord(fields.record, `${where}.record`)
      }
    case 'RUN_ENDED': {
      const outcome = fields.outcome
      if (outcome !== 'cancelled' && outcome !== 'failed') {
        throw new MessageError(`${where}.outcome must be cancelled or failed`)
      }
      return {
        type,
        runId: readString(fields, 'runId', where),
        outcome,
        message: readString(fields, 'message', where)
      }
    }
    case 'SAVE_SETTINGS':
      return { type, settings: parseSettings(fields.settings, `${where}.settings`) }
    case 'RESIZE_WINDOW':
      return {
        type,
        width: readNumberIn(fields, 'width', where, 1, 100000),
        height: readNumberIn(fields, 'height', where, 1, 100000)
      }
    default:
      throw new MessageError(`unknown message type "${type}" from the UI`)
  }
}

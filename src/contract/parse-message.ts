import {
  MAX_RESOLUTION,
  MAX_STYLES,
  MIN_RESOLUTION,
  RUN_RECORD_VERSION,
  type LayerSummary,
  type MainToUiMessage,
  type RecordedStyle,
  type RunRecord,
  type UiToMainMessage
} from './messages'
import {
  MessageError,
  readArray,
  readBytes,
  readImage,
  readLayer,
  readNumberIn,
  readObject,
  readProblem,
  readSide,
  readString,
  type Fields
} from './read-fields'

export { MessageError }

/** The output resolution, in output pixels per content pixel. */
function readResolution(fields: Fields, where: string): number {
  return readNumberIn(
    fields,
    'resolution',
    where,
    MIN_RESOLUTION,
    MAX_RESOLUTION
  )
}

/** Most layers one LAYERS message lists (a batch beyond is refused earlier). */
export const MAX_LISTED_LAYERS = 500

/** Settings travel as a flat object of numbers, strings and booleans. */
const MAX_SETTINGS_KEYS = 64

/** Checks a settings object, from a message or from clientStorage. */
export function parseSettings(
  value: unknown,
  where = 'settings'
): Record<string, unknown> {
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
      throw new MessageError(
        `${where}.${key} must be a number, a short string or a boolean`
      )
    }
    settings[key] = v
  }
  return settings
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

function readLayers(
  fields: Fields,
  key: string,
  where: string,
  max: number
): LayerSummary[] {
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
      return {
        type,
        layers: readLayers(fields, 'layers', where, MAX_LISTED_LAYERS)
      }
    case 'SETTINGS':
      return {
        type,
        stored:
          fields.stored === null
            ? null
            : parseSettings(fields.stored, `${where}.stored`),
        relaunch:
          fields.relaunch === null
            ? null
            : parseRunRecord(fields.relaunch, `${where}.relaunch`)
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
        resolution: readResolution(fields, where)
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
      return {
        type,
        settings: parseSettings(fields.settings, `${where}.settings`)
      }
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

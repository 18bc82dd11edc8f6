import {
  MAX_STYLES,
  type LayerSummary,
  type MainToUiMessage,
  type UiToMainMessage
} from './messages'
import { parseRunRecord, readResolution } from './parse-run-record'
import { parseSettings } from './parse-settings'
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

/** Most layers one LAYERS message lists (a batch beyond is refused earlier). */
export const MAX_LISTED_LAYERS = 500

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

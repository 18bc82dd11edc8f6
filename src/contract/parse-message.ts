import type {
  ExportedImage,
  LayerSummary,
  MainToUiMessage,
  UiToMainMessage
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

function readLayerOrNull(fields: Fields, key: string, where: string) {
  const value = fields[key]
  return value === null ? null : readLayer(value, `${where}.${key}`)
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

/** Checks a message the UI received from the sandbox. */
export function parseMainToUiMessage(value: unknown): MainToUiMessage {
  const fields = readObject(value, 'message')
  const type = readString(fields, 'type', 'message')
  const where = type
  switch (type) {
    case 'LAYERS':
      return {
        type,
        content: readLayerOrNull(fields, 'content', where),
        style: readLayerOrNull(fields, 'style', where),
        problem: readProblem(fields, where)
      }
    case 'STYLE_CANDIDATES': {
      const layers = fields.layers
      if (!Array.isArray(layers)) {
        throw new MessageError(`${where}.layers must be an array`)
      }
      return {
        type,
        layers: layers.map((layer, i) => readLayer(layer, `${where}[${i}]`))
      }
    }
    case 'RUN_IMAGES':
      return {
        type,
        runId: readString(fields, 'runId', where),
        content: readImage(fields.content, `${where}.content`),
        style: readImage(fields.style, `${where}.style`)
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
    case 'CHOOSE_STYLE':
      return { type, layerId: readString(fields, 'layerId', where) }
    case 'START_RUN':
      return {
        type,
        runId: readString(fields, 'runId', where),
        size: readSide(fields, 'size', where)
      }
    case 'WRITE_RESULT':
      return {
        type,
        runId: readString(fields, 'runId', where),
        png: readBytes(fields, 'png', where),
        width: readSide(fields, 'width', where),
        height: readSide(fields, 'height', where)
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
    default:
      throw new MessageError(`unknown message type "${type}" from the UI`)
  }
}

// The field readers every message and stored record is checked with: each
// returns the field as its type says, or throws a MessageError that names
// where it was.
import type { ExportedImage, LayerSummary } from './messages'

/** A message that does not follow the contract; it is never acted on. */
export class MessageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MessageError'
  }
}

export type Fields = Record<string, unknown>

export function readObject(value: unknown, where: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MessageError(`${where} must be an object`)
  }
  return value as Fields
}

export function readString(fields: Fields, key: string, where: string): string {
  const value = fields[key]
  if (typeof value !== 'string' || value.length === 0) {
    throw new MessageError(`${where}.${key} must be a non-empty string`)
  }
  return value
}

export function readSide(fields: Fields, key: string, where: string): number {
  const value = fields[key]
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new MessageError(`${where}.${key} must be a positive integer`)
  }
  return value
}

export function readBytes(
  fields: Fields,
  key: string,
  where: string
): Uint8Array {
  const value = fields[key]
  if (!(value instanceof Uint8Array) || value.length === 0) {
    throw new MessageError(`${where}.${key} must be non-empty bytes`)
  }
  return value
}

export function readLayer(value: unknown, where: string): LayerSummary {
  const fields = readObject(value, where)
  const thumbnail = fields.thumbnail
  return {
    id: readString(fields, 'id', where),
    name: typeof fields.name === 'string' ? fields.name : '',
    width: readPositive(fields, 'width', where),
    height: readPositive(fields, 'height', where),
    thumbnail: thumbnail === null ? null : readBytes(fields, 'thumbnail', where)
  }
}

function readPositive(fields: Fields, key: string, where: string): number {
  const value = fields[key]
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new MessageError(`${where}.${key} must be a number of at least 0`)
  }
  return value
}

export function readImage(value: unknown, where: string): ExportedImage {
  const fields = readObject(value, where)
  return {
    png: readBytes(fields, 'png', where),
    width: readSide(fields, 'width', where),
    height: readSide(fields, 'height', where)
  }
}

export function readProblem(fields: Fields, where: string): string | null {
  return fields.problem === null ? null : readString(fields, 'problem', where)
}

export function readArray(
  fields: Fields,
  key: string,
  where: string,
  max: number
): unknown[] {
  const value = fields[key]
  if (!Array.isArray(value))
    throw new MessageError(`${where}.${key} must be an array`)
  if (value.length > max) {
    throw new MessageError(`${where}.${key} has more than ${max} entries`)
  }
  return value
}

export function readNumberIn(
  fields: Fields,
  key: string,
  where: string,
  min: number,
  max: number
): number {
  const value = fields[key]
  if (typeof value !== 'number' || !(value >= min && value <= max)) {
    throw new MessageError(
      `${where}.${key} must be a number from ${min} to ${max}`
    )
  }
  return value
}

import { MessageError, readObject } from './read-fields'

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

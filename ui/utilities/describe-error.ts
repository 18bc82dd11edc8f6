import { ImageError, SettingsError, WeightsError } from '../engine/errors'

/**
 * One sentence for the designer: the engine's own sentence when it has one,
 * else `advice` (what to do) followed by the error's message.
 */
export function describeError(error: unknown, advice: string): string {
  if (
    error instanceof SettingsError ||
    error instanceof WeightsError ||
    error instanceof ImageError
  ) {
    return error.message
  }
  const detail = error instanceof Error ? error.message : String(error)
  return `${advice} (${detail})`
}

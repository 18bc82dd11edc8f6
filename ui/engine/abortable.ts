import { CancelledError } from './errors'

/**
 * Waits for `promise` unless `signal` aborts first. A read-back from a
 * WebGL context that was lost never settles, so every wait of a run goes
 * through here to keep Cancel (and the fallback) able to stop it.
 */
export function abortable<T>(
  promise: Promise<T>,
  signal?: AbortSignal
): Promise<T> {
  if (!signal) return promise
  if (signal.aborted) return Promise.reject(new CancelledError())
  return new Promise<T>((resolve, reject) => {
    const handleAbort = () => reject(new CancelledError())
    signal.addEventListener('abort', handleAbort, { once: true })
    promise.then(
      (value) => {
        signal.removeEventListener('abort', handleAbort)
        resolve(value)
      },
      (error: unknown) => {
        signal.removeEventListener('abort', handleAbort)
        reject(error)
      }
    )
  })
}

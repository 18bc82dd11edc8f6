/**
 * Calls `fn` at most once every `ms` milliseconds with the latest
 * arguments; a call inside the pause is delivered when the pause ends, so
 * the last value always arrives.
 */
export function throttle<A extends unknown[]>(
  fn: (...args: A) => void,
  ms: number
): (...args: A) => void {
  let waiting: A | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  function release(): void {
    timer = null
    if (waiting === null) return
    const args = waiting
    waiting = null
    fn(...args)
    timer = setTimeout(release, ms)
  }
  return (...args: A) => {
    waiting = args
    if (timer === null) release()
  }
}

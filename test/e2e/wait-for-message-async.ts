import type { FakeFigma } from '../figma/fake-figma'

/**
 * The first message of `type` the sandbox posted since index `since`, or
 * the next one it posts; fails after timeoutMs naming what came instead.
 */
export function waitForMessageAsync(
  fake: FakeFigma,
  type: string,
  since: number,
  timeoutMs: number
): Promise<Record<string, unknown>> {
  const isWanted = (m: unknown): m is Record<string, unknown> =>
    typeof m === 'object' &&
    m !== null &&
    (m as { type?: unknown }).type === type
  const found = fake.postedToUi.slice(since).find(isWanted)
  if (found !== undefined) return Promise.resolve(found)
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop()
      const posted = fake.postedToUi
        .slice(since)
        .map((m) => (m as { type?: unknown }).type)
      reject(
        new Error(
          `harness: no ${type} from the sandbox in ${timeoutMs} ms; ` +
            `it posted ${posted.length > 0 ? posted.join(', ') : 'nothing'} meanwhile`
        )
      )
    }, timeoutMs)
    const stop = fake.onPostToUi((message) => {
      if (!isWanted(message)) return
      clearTimeout(timer)
      stop()
      resolve(message)
    })
  })
}

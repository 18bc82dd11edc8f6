/**
 * Runs work later, as Figma delivers events and messages after the code
 * that caused them, and keeps track of it so tests can wait until the
 * plugin is idle. A handler that throws is kept and rethrown by settle:
 * in Figma it would only reach the console, where nobody reads it.
 */
export class FakeScheduler {
  private readonly pending = new Set<Promise<void>>()
  private readonly failures: unknown[] = []

  schedule(work: () => unknown): void {
    const done = new Promise((resolve) => setTimeout(resolve, 0))
      .then(work)
      .then(
        () => undefined,
        (error: unknown) => {
          this.failures.push(error)
        }
      )
      .then(() => {
        this.pending.delete(done)
      })
    this.pending.add(done)
  }

  /** Waits for every scheduled piece of work and what it awaits. */
  async settleAsync(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending])
    const failure = this.failures.shift()
    if (failure !== undefined) throw failure
  }
}

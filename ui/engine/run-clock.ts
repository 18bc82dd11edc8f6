import type { Scale } from './plan-scales'
import type { Size } from './plan-sizes'

function area(size: Size): number {
  return size.width * size.height
}

/** Time left, from the time per pixel-step so far: later scales cost more. */
export class Clock {
  private readonly startedAt = Date.now()
  private done = 0
  private left: number

  constructor(scales: Scale[]) {
    this.left = scales.reduce((sum, s) => sum + s.steps * area(s.content), 0)
  }

  tick(scale: Scale): void {
    this.done += area(scale.content)
    this.left -= area(scale.content)
  }

  elapsedMs(): number {
    return Date.now() - this.startedAt
  }

  remainingMs(): number {
    return (this.elapsedMs() / this.done) * this.left
  }
}

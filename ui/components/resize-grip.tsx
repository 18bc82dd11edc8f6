import { useMemo, useRef } from 'preact/hooks'

import { MAX_WINDOW, MIN_WINDOW } from '../../src/contract/messages'
import { postToMain } from '../bridge/post-to-main'
import { throttle } from '../utilities/throttle'
import styles from './resize-grip.module.css'

/** Figma redraws the window on each message; a few a second look smooth. */
const RESIZE_EVERY_MS = 50
const KEY_STEP = 16

function clamp(value: number, min: number, max: number): number {
  return Math.round(Math.min(max, Math.max(min, value)))
}

interface Drag {
  x: number
  y: number
  width: number
  height: number
}

/** A handle in the bottom-right corner that resizes the plugin window. */
export function ResizeGrip() {
  const drag = useRef<Drag | null>(null)
  const resize = useMemo(
    () =>
      throttle((width: number, height: number) => {
        postToMain({
          type: 'RESIZE_WINDOW',
          width: clamp(width, MIN_WINDOW.width, MAX_WINDOW.width),
          height: clamp(height, MIN_WINDOW.height, MAX_WINDOW.height)
        })
      }, RESIZE_EVERY_MS),
    []
  )
  function handlePointerDown(event: PointerEvent): void {
    const grip = event.currentTarget as HTMLElement
    grip.setPointerCapture(event.pointerId)
    const { clientX: x, clientY: y } = event
    drag.current = { x, y, width: innerWidth, height: innerHeight }
  }
  function handlePointerMove(event: PointerEvent): void {
    const start = drag.current
    if (start === null) return
    // The window grows from its top-left corner, which stays put, so the
    // pointer's travel from where it pressed is the change in size.
    resize(
      start.width + event.clientX - start.x,
      start.height + event.clientY - start.y
    )
  }
  function handlePointerUp(): void {
    drag.current = null
  }
  function handleKeyDown(event: KeyboardEvent): void {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-KEY_STEP, 0],
      ArrowRight: [KEY_STEP, 0],
      ArrowUp: [0, -KEY_STEP],
      ArrowDown: [0, KEY_STEP]
    }
    const move = moves[event.key]
    if (move === undefined) return
    event.preventDefault()
    resize(innerWidth + move[0], innerHeight + move[1])
  }
  return (
    <div
      class={styles.grip}
      role="button"
      tabIndex={0}
      aria-label="Resize the window"
      aria-description="Drag, or use the arrow keys, to resize the plugin window."
      title="Drag to resize the window"
      onPointerDown={handlePointerDown}
      onPointerMove={handlePointerMove}
      onPointerUp={handlePointerUp}
      onPointerCancel={handlePointerUp}
      onKeyDown={handleKeyDown}
    />
  )
}

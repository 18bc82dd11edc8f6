import { MAX_WINDOW, MIN_WINDOW } from '../contract/messages'

/** Resizes the plugin window, within the sizes the UI may ask for. */
export function handleResizeWindow(width: number, height: number): void {
  figma.ui.resize(
    clamp(Math.round(width), MIN_WINDOW.width, MAX_WINDOW.width),
    clamp(Math.round(height), MIN_WINDOW.height, MAX_WINDOW.height)
  )
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

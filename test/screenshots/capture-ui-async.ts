import type { Locator } from 'playwright-core'

import type { OpenUi } from '../ui/open-ui-async'

export const THEMES = ['light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

/** Sets the class Figma puts on the UI's root element for its theme. */
export async function setThemeAsync(open: OpenUi, theme: Theme) {
  await open.frame.evaluate((dark) => {
    const root = document.documentElement.classList
    root.toggle('figma-dark', dark)
    root.toggle('figma-light', !dark)
  }, theme === 'dark')
}

/**
 * Waits for what the window draws late (fonts, decoded thumbnails), takes
 * focus and the mouse away so no focus ring or hover shows, then returns a
 * PNG of the UI iframe with `masks` painted over.
 */
export async function captureUiAsync(
  open: OpenUi,
  masks: Locator[] = []
): Promise<Buffer> {
  const { page, frame } = open
  await frame.evaluate(async () => {
    await document.fonts.ready
    const images = [...document.images]
    await Promise.all(images.map((image) => image.decode().catch(() => {})))
    if (document.activeElement instanceof HTMLElement) {
      document.activeElement.blur()
    }
  })
  // The harness is as wide as the iframe: widen it so the mouse can rest
  // outside the window.
  await page.setViewportSize({ width: 360, height: 640 })
  await page.mouse.move(350, 320)
  // A clip of the page, not the iframe element: an element screenshot
  // waits for the element to be still, which a page busy running the
  // engine can take longer to show than the timeout.
  return page.screenshot({
    clip: { x: 0, y: 0, width: 320, height: 640 },
    animations: 'disabled',
    caret: 'hide',
    mask: masks,
    maskColor: '#ff00ff'
  })
}

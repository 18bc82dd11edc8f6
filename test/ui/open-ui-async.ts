// Opens the built dist/ui.html in headless Chromium the way Figma does: in an
// iframe whose parent relays pluginMessage objects both ways.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  chromium,
  type Browser,
  type Frame,
  type FrameLocator,
  type Page
} from 'playwright-core'

import type {
  MainToUiMessage,
  UiToMainMessage
} from '../../src/contract/messages'
import {
  CHROMIUM_ARGS,
  CHROMIUM_ARGS_WITHOUT_WEBGL,
  findChromium
} from '../../ui/cli/find-chromium'
import { allowSoftwareWebglAsync } from './allow-software-webgl'

const UI_HTML = join(import.meta.dirname, '../../dist/ui.html')
const ORIGIN = 'http://figma.test'

// The parent page: records what the UI posts and posts messages to it, with
// bytes sent as base64 since evaluate arguments are JSON.
const HARNESS_HTML = `<!doctype html><html><body style="margin:0">
<iframe id="ui" src="/ui.html" style="width:320px;height:640px;border:0">
</iframe><script>
const frame = document.getElementById('ui')
window.posted = []
window.addEventListener('message', (event) => {
  if (event.source === frame.contentWindow) window.posted.push(event.data)
})
function revive(value) {
  if (Array.isArray(value)) return value.map(revive)
  if (value === null || typeof value !== 'object') return value
  if (typeof value.base64 === 'string' && Object.keys(value).length === 1) {
    return Uint8Array.from(atob(value.base64), (c) => c.charCodeAt(0))
  }
  const copy = {}
  for (const key of Object.keys(value)) copy[key] = revive(value[key])
  return copy
}
window.sendToUi = (data) => frame.contentWindow.postMessage(revive(data), '*')
</script></body></html>`

interface Harness {
  posted: { pluginMessage: UiToMainMessage }[]
  sendToUi: (data: unknown) => void
}

function encodeBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) {
    return { base64: Buffer.from(value).toString('base64') }
  }
  if (Array.isArray(value)) return value.map(encodeBytes)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [key, encodeBytes(field)])
  )
}

export interface OpenUi {
  page: Page
  ui: FrameLocator
  /** The UI iframe itself, to evaluate scripts in the plugin's window. */
  frame: Frame
  /** Posts `{ pluginMessage: message }`, as Figma relays from the sandbox. */
  sendAsync: (message: MainToUiMessage) => Promise<void>
  /** Posts any data at all, as devtools or a broken sandbox might. */
  sendRawAsync: (data: unknown) => Promise<void>
  /** The pluginMessage of everything the UI has posted so far. */
  postedAsync: () => Promise<UiToMainMessage[]>
  /** Waits until the UI has posted `count` messages, then returns them. */
  waitForPostedAsync: (count: number) => Promise<UiToMainMessage[]>
  setDarkAsync: () => Promise<void>
}

/**
 * Chromium for the window's tests. Without WebGL by default: the engine
 * then runs on WebAssembly, which starts in a second where SwiftShader
 * compiles shaders for tens of seconds; these tests check the window, and
 * test/engine and test/e2e cover WebGL.
 */
export async function launchBrowserAsync({
  webgl = false
}: { webgl?: boolean } = {}): Promise<Browser> {
  if (!existsSync(UI_HTML)) {
    throw new Error(`${UI_HTML} is missing; run node build.mjs first`)
  }
  return chromium.launch({
    executablePath: findChromium() ?? '/usr/bin/chromium',
    args: webgl ? CHROMIUM_ARGS : CHROMIUM_ARGS_WITHOUT_WEBGL
  })
}

/** A fresh page with the plugin's UI loaded and its READY posted. */
export async function openUiAsync(browser: Browser): Promise<OpenUi> {
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } })
  await allowSoftwareWebglAsync(page)
  const html = readFileSync(UI_HTML, 'utf8')
  await page.route(`${ORIGIN}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: route.request().url().endsWith('/ui.html') ? html : HARNESS_HTML
    })
  )
  await page.goto(`${ORIGIN}/`)
  const frame = page.frames().find((f) => f.url().endsWith('/ui.html'))
  if (frame === undefined) throw new Error('the harness has no UI iframe')
  async function sendRawAsync(data: unknown): Promise<void> {
    await page.evaluate(
      (d) => (window as unknown as Harness).sendToUi(d),
      encodeBytes(data)
    )
  }
  function postedAsync(): Promise<UiToMainMessage[]> {
    return page.evaluate(() =>
      (window as unknown as Harness).posted.map((data) => data.pluginMessage)
    )
  }
  async function waitForPostedAsync(count: number) {
    await page.waitForFunction(
      (n) => (window as unknown as Harness).posted.length >= n,
      count
    )
    return postedAsync()
  }
  return {
    page,
    ui: page.frameLocator('#ui'),
    frame,
    sendAsync: (message) => sendRawAsync({ pluginMessage: message }),
    sendRawAsync,
    postedAsync,
    waitForPostedAsync,
    setDarkAsync: async () => {
      await frame.evaluate(() => {
        document.documentElement.classList.replace('figma-light', 'figma-dark')
        document.documentElement.classList.add('figma-dark')
      })
    }
  }
}

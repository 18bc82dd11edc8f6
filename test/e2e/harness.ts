import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  chromium,
  type Browser,
  type Frame,
  type FrameLocator,
  type Page
} from 'playwright-core'
import type { FakeBaseNode } from '../figma/fake-base-node'
import { FakeFigma } from '../figma/fake-figma'
import { loadSandboxAsync } from '../figma/load-sandbox-async'
import type { PageSnapshot } from '../figma/snapshot-document'
import { allowSoftwareWebglAsync } from '../ui/allow-software-webgl'
import { buildHostPage } from './build-host-page'
import { decodeMessage, encodeMessage } from './relay-codec'
import { waitForMessageAsync } from './wait-for-message-async'
import {
  CHROMIUM_ARGS,
  CHROMIUM_ARGS_WITHOUT_WEBGL,
  findChromium
} from '../../ui/cli/find-chromium'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const HOST_URL = 'http://figma.test/'
export interface HarnessOptions {
  /** Builds the document and the launch selection before the plugin starts. */
  setup?: (fake: FakeFigma) => void | Promise<void>
  /** The UI page; by default the built dist/ui.html. */
  uiHtml?: string
  /** How long waits last unless told otherwise, in milliseconds. */
  timeoutMs?: number
  /**
   * false: a browser without WebGL, as on a machine whose GPU is blocked
   * (no SwiftShader, GPU disabled); every WebGL context is then null.
   */
  webgl?: boolean
  /**
   * With WebGL, whether the window may run on it although it is
   * SwiftShader, the software WebGL of this GPU-less machine (default
   * true, to test the WebGL path as a GPU would run it). The plugin
   * itself passes software WebGL over for WebAssembly.
   */
  allowSoftwareWebgl?: boolean
  /**
   * false: a window without WebAssembly, as where a policy turns it off
   * (the UI's frame loses its WebAssembly global before any script runs).
   */
  wasm?: boolean
  /**
   * The Figma of an earlier launch, closed since: its document and its
   * clientStorage carry over, as when a designer reopens the plugin.
   */
  fake?: FakeFigma
}

export interface Harness {
  /** The in-process Figma the sandbox runs against. */
  readonly fake: FakeFigma
  readonly page: Page
  /** The plugin UI inside its iframe, for locators of your own. */
  readonly ui: FrameLocator
  /** Uncaught errors and console errors of the UI, and relay failures. */
  readonly errors: string[]
  /** Waits until the UI shows this text. */
  waitForTextAsync(text: string | RegExp, timeoutMs?: number): Promise<void>
  /** Clicks the UI's button with this accessible name. */
  clickButtonAsync(name: string | RegExp): Promise<void>
  /** How many messages the sandbox posted so far; a mark for waits. */
  countSandboxMessages(): number
  /**
   * Waits for the first message of this type the sandbox posts after the
   * mark (default: the first of this launch), and returns it.
   */
  waitForSandboxMessageAsync(
    type: string,
    options?: { since?: number; timeoutMs?: number }
  ): Promise<Record<string, unknown>>
  /** Selects layers as the designer would; the plugin hears selectionchange. */
  selectAsync(nodes: FakeBaseNode[]): Promise<void>
  /** Every page and layer of the fake document, as plain data. */
  readDocument(): PageSnapshot[]
  /** Evaluates a JavaScript expression inside the UI's iframe. */
  evaluateInUiAsync<T>(expression: string): Promise<T>
  /** Closes the browser and the plugin; a second call does nothing. */
  closeAsync(): Promise<void>
}

/**
 * Runs the built sandbox against the fake Figma and the plugin UI in
 * headless Chromium, relaying messages between them as Figma does.
 */
export async function startHarnessAsync(
  options: HarnessOptions = {}
): Promise<Harness> {
  const timeoutMs = options.timeoutMs ?? 60_000
  const uiHtml = options.uiHtml ?? readBuiltUi()
  const fake = options.fake ?? new FakeFigma()
  await options.setup?.(fake)
  // The launch selection was made before the plugin ran: its
  // selectionchange must not reach the plugin, as in Figma.
  await fake.settleAsync()
  fake.captureUndoBaseline()
  await loadSandboxAsync(fake, uiHtml)
  const firstMessage = fake.postedToUi.length
  const shown = fake.shownUi.at(-1)
  if (shown === undefined) throw new Error('harness: the sandbox showed no UI')

  const browser = await chromium.launch({
    executablePath: findChromium() ?? '/usr/bin/chromium',
    args: options.webgl === false ? CHROMIUM_ARGS_WITHOUT_WEBGL : CHROMIUM_ARGS
  })
  try {
    return await openUiAsync(
      browser,
      fake,
      shown,
      timeoutMs,
      firstMessage,
      options
    )
  } catch (error) {
    await browser.close()
    throw error
  }
}

function readBuiltUi(): string {
  const path = join(root, 'dist', 'ui.html')
  if (!existsSync(path)) {
    throw new Error(`harness: ${path} is missing; run node build.mjs first`)
  }
  return readFileSync(path, 'utf8')
}

/**
 * Sets the page up as Figma's window around a plugin: errors collected,
 * the UI's messages relayed to the sandbox, the UI served in an iframe.
 */
async function prepareHostPageAsync(
  page: Page,
  fake: FakeFigma,
  shown: { html: string; options?: ShowUIOptions },
  options: HarnessOptions,
  errors: string[]
): Promise<void> {
  if (options.allowSoftwareWebgl ?? true) await allowSoftwareWebglAsync(page)
  if (options.wasm === false) {
    await page.addInitScript(() =>
      Reflect.deleteProperty(globalThis, 'WebAssembly')
    )
  }
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`)
  })
  await page.exposeBinding('__sendToSandbox', (_source, encoded: unknown) => {
    fake.sendFromUi(decodeMessage(encoded))
  })
  const uiUrl = `${HOST_URL}plugin-ui.html`
  const host = buildHostPage(uiUrl, {
    width: shown.options?.width ?? 300,
    height: shown.options?.height ?? 200
  })
  await page.route(`${HOST_URL}**`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: route.request().url() === uiUrl ? shown.html : host
    })
  )
}

async function openUiAsync(
  browser: Browser,
  fake: FakeFigma,
  shown: { html: string; options?: ShowUIOptions },
  timeoutMs: number,
  firstMessage: number,
  options: HarnessOptions
): Promise<Harness> {
  const errors: string[] = []
  const page = await browser.newPage()
  page.setDefaultTimeout(timeoutMs)
  await prepareHostPageAsync(page, fake, shown, options, errors)

  // Messages wait for the host page, then go one after another, in order.
  let relay: Promise<unknown> = page.goto(HOST_URL)
  let closed = false
  const stopRelay = fake.onPostToUi((message) => {
    const encoded = encodeMessage(message)
    relay = relay
      .then(() =>
        page.evaluate((m) => {
          const host = globalThis as unknown as {
            __deliverToUi(message: unknown): void
          }
          host.__deliverToUi(m)
        }, encoded)
      )
      .catch((error: unknown) => errors.push(`relay: ${String(error)}`))
  })
  await relay

  const ui = page.frameLocator('#plugin')
  const findUiFrame = (): Frame => {
    const frame = page.frames().find((f) => f !== page.mainFrame())
    if (frame === undefined) throw new Error('harness: the UI iframe is gone')
    return frame
  }
  return {
    fake,
    page,
    ui,
    errors,
    waitForTextAsync: (text, ms = timeoutMs) =>
      ui.getByText(text).first().waitFor({ timeout: ms }),
    clickButtonAsync: (name) =>
      ui.getByRole('button', { name, exact: typeof name === 'string' }).click(),
    countSandboxMessages: () => fake.postedToUi.length,
    waitForSandboxMessageAsync: (type, wait = {}) =>
      waitForMessageAsync(
        fake,
        type,
        wait.since ?? firstMessage,
        wait.timeoutMs ?? timeoutMs
      ),
    selectAsync: (nodes) => fake.selectAsync(nodes),
    readDocument: () => fake.snapshot(),
    evaluateInUiAsync: (expression) => findUiFrame().evaluate(expression),
    closeAsync: async () => {
      if (closed) return
      closed = true
      stopRelay()
      await relay
      await fake.settleAsync()
      await browser.close()
      // The designer closes the window: the plugin stops, Figma stays.
      if (!fake.closed) fake.closePlugin()
    }
  }
}

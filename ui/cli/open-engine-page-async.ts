import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { chromium, type Browser, type Page } from 'playwright-core'

import type {
  LossRecord,
  RgbaImage,
  StylizeProgress,
  StylizeSettings,
  WeightedStyle
} from '../engine/types'
import type { Vgg19Weights } from '../engine/vgg19-weights'
import type { PageApi, WireImage } from './chromium-page'
import { CHROMIUM_ARGS } from './find-chromium'

const ORIGIN = 'http://engine.local'

export interface EnginePage {
  /** WebGL renderer string, e.g. containing "SwiftShader" without a GPU. */
  renderer: string
  page: Page
  stylizeAsync(
    content: RgbaImage,
    styles: WeightedStyle[],
    settings: Partial<StylizeSettings>,
    onProgress?: (progress: StylizeProgress) => void
  ): Promise<{ image: RgbaImage; elapsedMs: number; losses: LossRecord }>
  forwardAsync(image: RgbaImage, layers: string[]): Promise<Float32Array[]>
  numTensorsAsync(): Promise<number>
  closeAsync(): Promise<void>
}

function toWire(image: RgbaImage): WireImage {
  const { width, height, data } = image
  const base64 = Buffer.from(
    data.buffer,
    data.byteOffset,
    data.length
  ).toString('base64')
  return { width, height, base64 }
}

function fromWire(image: WireImage): RgbaImage {
  const bytes = Buffer.from(image.base64, 'base64')
  return {
    width: image.width,
    height: image.height,
    data: new Uint8ClampedArray(bytes)
  }
}

/** Serves the page, its script and the weights from memory: no network. */
async function routeAsync(page: Page, script: string, weights: Vgg19Weights) {
  const index = JSON.stringify({
    weightSpecs: weights.weightSpecs,
    sha256: weights.sha256
  })
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname
    if (path === '/') {
      return route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><body></body>'
      })
    }
    if (path === '/engine.js') {
      return route.fulfill({ contentType: 'text/javascript', body: script })
    }
    if (path === '/weights/index.json') {
      return route.fulfill({ contentType: 'application/json', body: index })
    }
    const shard = /^\/weights\/shard\/(\d+)$/.exec(path)
    if (shard)
      return route.fulfill({
        body: Buffer.from(weights.shards[Number(shard[1])])
      })
    return route.fulfill({ status: 404, body: '' })
  })
}

/**
 * Launches Chromium with the engine page on WebGL (or cpu, for tests).
 * `distDir` holds chromium-page.js, built by build.mjs.
 */
export async function openEnginePageAsync(
  executablePath: string,
  distDir: string,
  weights: Vgg19Weights,
  backend: 'webgl' | 'cpu' = 'webgl'
): Promise<EnginePage> {
  const browser: Browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS
  })
  try {
    const page = await browser.newPage()
    let onProgress: ((p: StylizeProgress) => void) | undefined
    await page.exposeFunction('nstProgress', (p: StylizeProgress) =>
      onProgress?.(p)
    )
    await routeAsync(
      page,
      readFileSync(join(distDir, 'chromium-page.js'), 'utf8'),
      weights
    )
    await page.goto(`${ORIGIN}/`)
    await page.addScriptTag({ url: `${ORIGIN}/engine.js` })
    const renderer = await page.evaluate(
      (b) => window.nstPage.setUpAsync(b),
      backend
    )
    return {
      renderer,
      page,
      async stylizeAsync(content, styles, settings, progress) {
        onProgress = progress
        const result = await page.evaluate(
          ([c, s, set]) => window.nstPage.stylizeAsync(c, s, set),
          [
            toWire(content),
            styles.map((s) => ({ image: toWire(s.image), weight: s.weight })),
            settings
          ] as Parameters<PageApi['stylizeAsync']>
        )
        return { ...result, image: fromWire(result.image) }
      },
      async forwardAsync(image, layers) {
        const values = await page.evaluate(
          ([i, l]) => window.nstPage.forwardAsync(i, l),
          [toWire(image), layers] as const
        )
        return values.map((v) => Float32Array.from(v))
      },
      numTensorsAsync: () => page.evaluate(() => window.nstPage.numTensors()),
      closeAsync: () => browser.close()
    }
  } catch (error) {
    await browser.close()
    throw error
  }
}

import type { Vgg19Weights } from '../engine/vgg19-weights'
import { CHROMIUM_ARGS, findChromium } from './find-chromium'
import { openEnginePageAsync, type EnginePage } from './open-engine-page-async'
import type { CliBackend } from './parse-cli-args'
import { chromium as playwright } from 'playwright-core'

export type ChosenBackend =
  | { name: 'wasm' | 'cpu' }
  | {
      name: 'webgl'
      openAsync: (distDir: string, weights: Vgg19Weights) => Promise<EnginePage>
    }

const NO_CHROMIUM =
  'WebGL needs Chromium or Chrome: install it (Debian: apt-get install ' +
  'chromium) or set CHROME_PATH.'

/** The WebGL renderer a headless Chromium gets on this machine. */
async function probeRendererAsync(executablePath: string): Promise<string> {
  const browser = await playwright.launch({
    executablePath,
    args: CHROMIUM_ARGS
  })
  try {
    const page = await browser.newPage()
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2')
      const info = gl?.getExtension('WEBGL_debug_renderer_info')
      return gl && info
        ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL))
        : 'none'
    })
  } finally {
    await browser.close()
  }
}

/**
 * --backend as asked; with none, WebGL in Chromium when one is installed
 * and has a GPU, else wasm in Node. SwiftShader (WebGL without a GPU) was
 * measured 11x slower than wasm per step at 128 px, so it is not chosen
 * unless asked for. Says which, and why, through `say`.
 */
export async function chooseBackendAsync(
  asked: CliBackend,
  say: (line: string) => void
): Promise<ChosenBackend> {
  if (asked === 'wasm' || asked === 'cpu') return { name: asked }
  const chromium = findChromium()
  if (!chromium) {
    if (asked === 'webgl') throw new Error(NO_CHROMIUM)
    say('backend: wasm (no Chromium or Chrome found for WebGL)')
    return { name: 'wasm' }
  }
  if (asked === 'auto') {
    const renderer = await probeRendererAsync(chromium)
    if (renderer === 'none' || /swiftshader/i.test(renderer)) {
      say(
        `backend: wasm (WebGL here is ${renderer}, a software renderer ` +
          'slower than wasm; pass --backend webgl to use it anyway)'
      )
      return { name: 'wasm' }
    }
  }
  say(`backend: webgl in ${chromium}`)
  return {
    name: 'webgl',
    openAsync: (distDir, weights) =>
      openEnginePageAsync(chromium, distDir, weights, 'webgl')
  }
}

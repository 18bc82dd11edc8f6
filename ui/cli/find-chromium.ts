import { existsSync } from 'node:fs'

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium'
]

/** CHROME_PATH, or the first Chromium or Chrome installed; null if none. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH
  if (fromEnv && existsSync(fromEnv)) return fromEnv
  return CANDIDATES.find((path) => existsSync(path)) ?? null
}

/**
 * Flags for headless Chromium on a machine without a GPU: SwiftShader gives
 * a real WebGL2 context, and the networking flags keep a closed network
 * from being asked for anything.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]

/**
 * Flags for a browser without WebGL, as on a machine whose GPU is blocked:
 * every WebGL context is null, so the engine runs on WebAssembly. Tests of
 * the window use it: SwiftShader's shader compiles cost tens of seconds of
 * CPU a page, and only the WebGL tests need them.
 */
export const CHROMIUM_ARGS_WITHOUT_WEBGL = [
  ...CHROMIUM_ARGS.filter((flag) => !/angle|swiftshader/.test(flag)),
  '--disable-gpu',
  '--disable-software-rasterizer'
]

import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
let built: Promise<string> | undefined

/**
 * The sandbox bundle, built from src/main.ts with the options build.mjs
 * uses for dist/code.js (keep the two in step), in memory and once per
 * test process. Building here rather than reading dist/code.js means the
 * tests never run a stale bundle, and never depend on the UI building.
 */
export function buildSandboxAsync(): Promise<string> {
  built ??= esbuild
    .build({
      entryPoints: [join(root, 'src/main.ts')],
      bundle: true,
      format: 'iife',
      target: 'es2017',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      write: false,
      logLevel: 'silent'
    })
    .then((result) => result.outputFiles[0].text)
  return built
}

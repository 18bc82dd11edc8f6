// The command-line twin of the plugin: the same engine on image files.
// Prints progress while it runs and a one-line summary at the end.
import { mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { validateSettings } from '../engine/validate-settings'
import type {
  RgbaImage,
  StylizeProgress,
  StylizeSettings,
  WeightedStyle
} from '../engine/types'
import { makeMockupImage, makePaintingImage } from './demo-images'
import { chooseBackendAsync } from './choose-backend-async'
import { readImageFile, writePngFile } from './image-files'
import { sideBySide } from './side-by-side'
import { parseCliArgs, type CliArgs } from './parse-cli-args'
import { findWeightsDir, readWeightsDir } from './read-weights-dir'
import { runInNodeAsync } from './run-in-node-async'

// dist/cli/stylize.mjs -> the repository root
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The demo's settings: small enough to finish in minutes on a laptop CPU. */
const DEMO_SETTINGS: Partial<StylizeSettings> = { size: 256, steps: 60 }

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

function printProgress(progress: StylizeProgress): void {
  const { step, totalSteps, elapsedMs, remainingMs, losses } = progress
  if (step % 10 !== 0 && step !== totalSteps && step !== 1) return
  const loss = losses
    ? `  content ${losses.content.toFixed(3)}  style ${losses.style.toFixed(3)}`
    : ''
  process.stdout.write(
    `step ${step}/${totalSteps}  ${seconds(elapsedMs)}, ` +
      `about ${seconds(remainingMs)} left${loss}\n`
  )
}

interface Inputs {
  content: RgbaImage
  styles: WeightedStyle[]
  out: string
}

function inputsOf(args: CliArgs): Inputs {
  if (args.demo) {
    const out = resolve(args.out ?? join(root, 'demo-output', 'stylized.png'))
    mkdirSync(dirname(out), { recursive: true })
    const content = makeMockupImage()
    const style = makePaintingImage()
    writePngFile(join(dirname(out), 'content.png'), content)
    writePngFile(join(dirname(out), 'style.png'), style)
    return { content, styles: [{ image: style, weight: 1 }], out }
  }
  return {
    content: readImageFile(args.content!),
    styles: args.styles.map((path, i) => ({
      image: readImageFile(path),
      weight: args.styleWeights?.[i] ?? 1
    })),
    out: resolve(args.out!)
  }
}

async function mainAsync(): Promise<void> {
  const args = parseCliArgs(process.argv.slice(2))
  const settings = validateSettings({
    ...(args.demo ? DEMO_SETTINGS : {}),
    ...args.settings
  })
  const { content, styles, out } = inputsOf(args)
  const weights = readWeightsDir(findWeightsDir(root))
  const backend = await chooseBackendAsync(args.backend, (line) =>
    process.stdout.write(`${line}\n`)
  )

  let result
  if (backend.name === 'webgl') {
    const page = await backend.openAsync(join(root, 'dist', 'cli'), weights)
    try {
      result = await page.stylizeAsync(content, styles, settings, printProgress)
    } finally {
      await page.closeAsync()
    }
  } else {
    result = await runInNodeAsync(
      backend.name,
      weights,
      content,
      styles,
      settings,
      printProgress
    )
  }
  writePngFile(out, result.image)
  if (args.demo) {
    const row = sideBySide([content, styles[0].image, result.image], 256)
    writePngFile(join(dirname(out), 'side-by-side.png'), row)
  }
  const { losses } = result
  const lossText =
    `, content ${losses.content.toFixed(3)}, style ${losses.style.toFixed(3)}` +
    `, smoothness ${losses.smoothness.toFixed(4)}`
  process.stdout.write(
    `done: ${result.image.width}x${result.image.height}, ${settings.steps} steps, ` +
      `${seconds(result.elapsedMs)}, ${backend.name}${lossText} -> ${out}\n`
  )
}

mainAsync().catch((error: Error) => {
  process.stderr.write(`stylize: ${error.message}\n`)
  process.exit(1)
})

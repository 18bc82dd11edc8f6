// npm run bench [-- --sizes 128,256,512 --backends wasm,cpu,webgl
//   --quality-size 256 --pairs 0,1,2,3
//   --recipes textbook,engine,coarse-to-fine,lbfgs,pyramid
//   --reuse textbook --saved-only --name latest]
// Writes bench/results/<name>.json and <name>.md; prints the tables.
// Every time-to-quality run is saved as a trace under bench/results/traces;
// --reuse names recipes whose saved traces stand instead of a new run (the
// textbook's 400 steps take half an hour a pair here); without textbook in
// --recipes the runs are saved and no row is made. --saved-only makes the
// tables from saved traces alone, leaving out recipes a pair has none of.
// --sizes none and --pairs none skip a half.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join, resolve } from 'node:path'

import { makeMockupImage } from '../ui/cli/demo-images'
import { findChromium } from '../ui/cli/find-chromium'
import { openEnginePageAsync } from '../ui/cli/open-engine-page-async'
import { readImageFile, writePngFile } from '../ui/cli/image-files'
import { findWeightsDir, readWeightsDir } from '../ui/cli/read-weights-dir'
import { sideBySide } from '../ui/cli/side-by-side'
import type { RgbaImage } from '../ui/engine/types'
import { setNodeBackendAsync } from '../ui/cli/set-node-backend-async'
import { Vgg19 } from '../ui/engine/vgg19'
import { QualityJudge } from './evaluate-quality'
import { formatMarkdown, type QualityRow } from './format-markdown'
import { measurePlainMinimizeAsync } from './measure-plain-minimize'
import {
  measureNodeAsync,
  measurePageAsync,
  type StepRow
} from './measure-steps'
import { traceRunAsync } from './measure-time-to-quality'
import {
  loadTrace,
  qualityRow,
  RECIPES,
  saveTrace,
  tracePath,
  type SavedTrace
} from './quality-traces'

const root = resolve(import.meta.dirname, '..')
const images = resolve(root, '..', 'shared', 'images')
const MOCKUP = 'the demo mockup'
const PAIRS = [
  ['tubingen.jpg', 'starry_night.jpg'],
  ['golden_gate.jpg', 'the_scream.jpg'],
  ['hoovertowernight.jpg', 'shipwreck.jpg'],
  // What designers feed the plugin: a flat screen, drawn by the demo.
  [MOCKUP, 'starry_night.jpg']
]

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}

function list(name: string, fallback: string): string[] {
  const value = option(name, fallback)
  return value === 'none' ? [] : value.split(',')
}
const sizes = list('sizes', '128,256,512').map(Number)
const qualitySize = Number(option('quality-size', '256'))
const pairIndices = list('pairs', '0,1,2,3').map(Number)
const recipes = list('recipes', 'textbook,engine,coarse-to-fine,lbfgs,pyramid')
const savedOnly = process.argv.includes('--saved-only')
const reused = savedOnly ? recipes : list('reuse', 'none')
const traces = join(root, 'bench', 'results', 'traces')
for (const recipe of recipes) {
  if (!(recipe in RECIPES))
    throw new Error(
      `bench: no recipe "${recipe}"; known: ${Object.keys(RECIPES).join(', ')}`
    )
}
const backends = option('backends', 'wasm,cpu,webgl').split(',')
const name = option('name', 'latest')
const say = (line: string) => process.stdout.write(`${line}\n`)
const machine = `${cpus().length} x ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`
const image = (file: string) =>
  file === MOCKUP ? makeMockupImage() : readImageFile(join(images, file))

async function stepRowsAsync(): Promise<StepRow[]> {
  const weights = readWeightsDir(findWeightsDir(root))
  const [content, style] = [image('tubingen.jpg'), image('starry_night.jpg')]
  const rows: StepRow[] = []
  for (const backend of backends.filter((b) => b !== 'webgl')) {
    await setNodeBackendAsync(backend as 'wasm' | 'cpu')
    const model = new Vgg19(weights)
    // The cpu backend is plain JavaScript (minutes a step at 256 px): it
    // runs the first size only.
    for (const size of backend === 'cpu' ? sizes.slice(0, 1) : sizes) {
      rows.push(await measureNodeAsync(backend, model, content, style, size))
      say(JSON.stringify(rows.at(-1)))
      if (backend !== 'wasm') continue
      // Side by side, what the pyramid costs over plain Adam's step.
      const adam = { optimizer: 'adam' } as const
      rows.push({
        ...(await measureNodeAsync(backend, model, content, style, size, adam)),
        backend: `${backend}, plain Adam`
      })
      say(JSON.stringify(rows.at(-1)))
    }
    if (backend === 'wasm') {
      rows.push(
        await measurePlainMinimizeAsync(model, content, style, sizes[0])
      )
      say(JSON.stringify(rows.at(-1)))
    }
    model.dispose()
  }
  const chromium = findChromium()
  if (backends.includes('webgl') && chromium) {
    const page = await openEnginePageAsync(
      chromium,
      join(root, 'dist', 'cli'),
      weights
    )
    try {
      for (const size of sizes.filter((s) => s <= 256)) {
        rows.push(await measurePageAsync(page, content, style, size))
        say(JSON.stringify({ ...rows.at(-1), renderer: page.renderer }))
      }
    } finally {
      await page.closeAsync()
    }
  }
  return rows
}

/** Output size of the README's pictures and time-to-quality table. */
const README_SIZE = 256

/** docs/pair<i>.png for the README: content, style, the engine's result. */
function writePicture(
  index: number,
  content: RgbaImage,
  style: RgbaImage
): void {
  if (qualitySize !== README_SIZE) return
  const result = tracePath(traces, qualitySize, index, 'engine', 'png')
  if (!existsSync(result)) return
  const image = readImageFile(result)
  writePngFile(
    join(root, 'docs', `pair${index}.png`),
    sideBySide([content, style, image], image.height)
  )
}

async function qualityRowsAsync(): Promise<QualityRow[]> {
  await setNodeBackendAsync('wasm')
  const model = new Vgg19(readWeightsDir(findWeightsDir(root)))
  const rows: QualityRow[] = []
  for (const index of pairIndices) {
    const [contentName, styleName] = PAIRS[index]
    const [content, style] = [image(contentName), image(styleName)]
    const judge = new QualityJudge(model, content, style, qualitySize)
    const runs: SavedTrace[] = []
    const others = recipes.filter((r) => r !== 'textbook')
    const race = recipes.includes('textbook')
    for (const recipe of race ? ['textbook', ...others] : others) {
      const path = tracePath(traces, qualitySize, index, recipe)
      let trace = reused.includes(recipe) ? loadTrace(path) : null
      if (trace === null && savedOnly) continue
      if (trace === null) {
        const settings = { ...RECIPES[recipe], size: qualitySize }
        const { image: result, ...run } = await traceRunAsync(
          model,
          judge,
          content,
          style,
          settings
        )
        const pair = `${contentName} + ${styleName}`
        trace = {
          recipe,
          pair,
          size: qualitySize,
          machine,
          date: new Date().toISOString(),
          settings,
          ...run
        }
        saveTrace(path, trace)
        writePngFile(
          tracePath(traces, qualitySize, index, recipe, 'png'),
          result
        )
      }
      say(
        `${recipe}: ${JSON.stringify(trace.final)} in ${(trace.points.at(-1)!.ms / 1000).toFixed(1)} s`
      )
      runs.push(trace)
    }
    judge.dispose()
    writePicture(index, content, style)
    // Without the textbook the runs are only saved, for a later --reuse.
    if (!race || runs[0]?.recipe !== 'textbook') continue
    rows.push(qualityRow(runs[0], runs.slice(1)))
    say(JSON.stringify(rows.at(-1)))
  }
  model.dispose()
  return rows
}

const steps = sizes.length > 0 ? await stepRowsAsync() : []
const quality = pairIndices.length > 0 ? await qualityRowsAsync() : []
const out = join(root, 'bench', 'results')
mkdirSync(out, { recursive: true })
const report = {
  date: new Date().toISOString(),
  machine,
  qualitySize,
  steps,
  quality
}
writeFileSync(join(out, `${name}.json`), JSON.stringify(report, null, 2) + '\n')
const markdown = formatMarkdown(report)
writeFileSync(join(out, `${name}.md`), markdown)
say(markdown)

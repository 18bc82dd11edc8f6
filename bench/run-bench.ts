// npm run bench [-- --sizes 128,256,512 --quality-size 256 --pairs 3
//   --backends wasm,cpu,webgl --name latest]
// Writes bench/results/<name>.json and <name>.md; prints the tables.
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join, resolve } from 'node:path'

import { findChromium } from '../ui/cli/find-chromium'
import { openEnginePageAsync } from '../ui/cli/open-engine-page-async'
import { readImageFile } from '../ui/cli/image-files'
import { findWeightsDir, readWeightsDir } from '../ui/cli/read-weights-dir'
import { setNodeBackendAsync } from '../ui/cli/set-node-backend-async'
import { Vgg19 } from '../ui/engine/vgg19'
import { QualityJudge } from './evaluate-quality'
import { formatMarkdown, type QualityRow } from './format-markdown'
import { measurePlainMinimizeAsync } from './measure-plain-minimize'
import { measureNodeAsync, measurePageAsync, type StepRow } from './measure-steps'
import { TEXTBOOK, timeToReach, traceRunAsync } from './measure-time-to-quality'

const root = resolve(import.meta.dirname, '..')
const images = resolve(root, '..', 'shared', 'images')
const PAIRS = [
  ['tubingen.jpg', 'starry_night.jpg'],
  ['golden_gate.jpg', 'the_scream.jpg'],
  ['hoovertowernight.jpg', 'shipwreck.jpg']
]

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}

const sizes = option('sizes', '128,256,512').split(',').map(Number)
const qualitySize = Number(option('quality-size', '256'))
const pairCount = Number(option('pairs', '3'))
const backends = option('backends', 'wasm,cpu,webgl').split(',')
const name = option('name', 'latest')
const say = (line: string) => process.stdout.write(`${line}\n`)
const image = (file: string) => readImageFile(join(images, file))

async function stepRowsAsync(): Promise<StepRow[]> {
  const weights = readWeightsDir(findWeightsDir(root))
  const [content, style] = [image('tubingen.jpg'), image('starry_night.jpg')]
  const rows: StepRow[] = []
  for (const backend of backends.filter((b) => b !== 'webgl')) {
    await setNodeBackendAsync(backend as 'wasm' | 'cpu')
    const model = new Vgg19(weights)
    // The cpu backend is plain JavaScript: 128 px only, or it takes hours.
    for (const size of backend === 'cpu' ? sizes.slice(0, 1) : sizes) {
      rows.push(await measureNodeAsync(backend, model, content, style, size))
      say(JSON.stringify(rows.at(-1)))
    }
    if (backend === 'wasm') {
      rows.push(await measurePlainMinimizeAsync(model, content, style, sizes[0]))
      say(JSON.stringify(rows.at(-1)))
    }
    model.dispose()
  }
  const chromium = findChromium()
  if (backends.includes('webgl') && chromium) {
    const page = await openEnginePageAsync(chromium, join(root, 'dist', 'cli'), weights)
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

async function qualityRowsAsync(): Promise<QualityRow[]> {
  await setNodeBackendAsync('wasm')
  const model = new Vgg19(readWeightsDir(findWeightsDir(root)))
  const rows: QualityRow[] = []
  for (const [contentName, styleName] of PAIRS.slice(0, pairCount)) {
    const [content, style] = [image(contentName), image(styleName)]
    const judge = new QualityJudge(model, content, style, qualitySize)
    const textbook = await traceRunAsync(model, judge, content, style, { ...TEXTBOOK, size: qualitySize })
    const engine = await traceRunAsync(model, judge, content, style, { size: qualitySize })
    judge.dispose()
    const textbookMs = textbook.points.at(-1)!.ms
    const engineMs = timeToReach(engine, textbook.final)
    rows.push({
      pair: `${contentName} + ${styleName}`,
      textbook: textbook.final,
      engine: engine.final,
      textbookMs,
      engineMs,
      ratio: engineMs ? textbookMs / engineMs : null
    })
    say(JSON.stringify(rows.at(-1)))
  }
  model.dispose()
  return rows
}

const machine = `${cpus().length} x ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`
const steps = await stepRowsAsync()
const quality = pairCount > 0 ? await qualityRowsAsync() : []
const out = join(root, 'bench', 'results')
mkdirSync(out, { recursive: true })
const report = { date: new Date().toISOString(), machine, qualitySize, steps, quality }
writeFileSync(join(out, `${name}.json`), JSON.stringify(report, null, 2) + '\n')
const markdown = formatMarkdown(report)
writeFileSync(join(out, `${name}.md`), markdown)
say(markdown)

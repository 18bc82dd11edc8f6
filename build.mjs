// Builds the plugin: dist/code.js for Figma's sandbox, dist/ui.html (one
// self-contained page: scripts, styles, VGG-19 weights and wasm binaries
// inlined, since the plugin fetches nothing) and the command-line twin.
// Usage: node build.mjs [--cli-only] [--no-typecheck]
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild'

const root = dirname(fileURLToPath(import.meta.url))
const dist = join(root, 'dist')
const args = new Set(process.argv.slice(2))

// The engine reads VGG-19 up to this layer (style at conv5_1).
const DEEPEST_LAYER = 'block5_conv1'

function fail(sentence) {
  process.stderr.write(`build: ${sentence}\n`)
  process.exit(1)
}

function findWeightsDir() {
  const dir = process.env.NST_WEIGHTS_DIR
    ? resolve(process.env.NST_WEIGHTS_DIR)
    : resolve(root, '..', 'shared', 'models', 'vgg19')
  if (!existsSync(join(dir, 'model.json'))) {
    fail(
      `VGG-19 weights not found in ${dir}. Put the vgg19 folder ` +
        '(model.json, shards, SHA256SUMS) at ../shared/models/vgg19 ' +
        'beside the repository, or set NST_WEIGHTS_DIR to it.'
    )
  }
  return dir
}

function readChecksums(dir) {
  const sums = new Map()
  for (const line of readFileSync(join(dir, 'SHA256SUMS'), 'utf8').split(
    '\n'
  )) {
    const match = /^([0-9a-f]{64})\s+\*?(.+)$/.exec(line.trim())
    if (match) sums.set(match[2], match[1])
  }
  return sums
}

function sha256(bytes) {
  return createHash('sha256').update(bytes).digest('hex')
}

// Picks the weight specs up to DEEPEST_LAYER and the shards that hold them,
// checking every file against SHA256SUMS.
function readWeights() {
  const dir = findWeightsDir()
  const sums = readChecksums(dir)
  const modelBytes = readFileSync(join(dir, 'model.json'))
  if (sums.get('model.json') !== sha256(modelBytes)) {
    fail(`${dir}/model.json does not match SHA256SUMS; fetch it again.`)
  }
  const group = JSON.parse(modelBytes.toString('utf8')).weightsManifest[0]
  const last = group.weights.findIndex(
    (spec) => spec.name === `${DEEPEST_LAYER}/bias`
  )
  const weightSpecs = group.weights.slice(0, last + 1)
  const bytesNeeded = weightSpecs.reduce(
    (sum, spec) => sum + spec.shape.reduce((a, b) => a * b, 1),
    0
  )
  const shards = []
  let bytesRead = 0
  for (const path of group.paths) {
    if (bytesRead >= bytesNeeded) break
    const bytes = readFileSync(join(dir, path))
    const expected = sums.get(path)
    if (expected !== sha256(bytes)) {
      fail(`${dir}/${path} does not match SHA256SUMS; fetch it again.`)
    }
    shards.push({ path, bytes, sha256: expected })
    bytesRead += bytes.length
  }
  return { weightSpecs, shards }
}

// Virtual modules the UI imports: the weights and the wasm binaries.
function embedPlugin(weights) {
  const wasmDir = join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist')
  const wasmFiles = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm']
  const modules = {
    'virtual:vgg19-weights': () =>
      `export const weightSpecs = ${JSON.stringify(weights.weightSpecs)}\n` +
      `export const shardsBase64 = ${JSON.stringify(
        weights.shards.map((s) => s.bytes.toString('base64'))
      )}\n` +
      `export const shardsSha256 = ${JSON.stringify(
        weights.shards.map((s) => s.sha256)
      )}\n`,
    'virtual:wasm-binaries': () =>
      `export const wasmBase64 = ${JSON.stringify(
        Object.fromEntries(
          wasmFiles.map((f) => [f, readFileSync(join(wasmDir, f), 'base64')])
        )
      )}\n`
  }
  return {
    name: 'embed',
    setup(build) {
      build.onResolve({ filter: /^virtual:/ }, (a) => ({
        path: a.path,
        namespace: 'embed'
      }))
      build.onLoad({ filter: /.*/, namespace: 'embed' }, (a) => ({
        contents: modules[a.path](),
        loader: 'js'
      }))
    }
  }
}

// Global CSS of @create-figma-plugin/ui. Its `render` imports base.css as
// '!../css/base.css', create-figma-plugin's own mark for global CSS, so the
// mark is dropped. Its theme.css sets the --figma-color-* variables on
// `.figma-light` and `.figma-dark` elements below the root, as its component
// gallery needs; in Figma the class sits on <html> itself and Figma injects
// the variables, so as zero-specificity rules on <html> the file only stands
// in for them where Figma does not (a browser, the tests).
function figmaUiCssPlugin() {
  const theme = /create-figma-plugin[\\/]ui[\\/]lib[\\/]css[\\/]theme\.css$/
  return {
    name: 'figma-ui-css',
    setup(build) {
      build.onResolve({ filter: /^!/ }, (a) =>
        build.resolve(a.path.slice(1), {
          kind: a.kind,
          importer: a.importer,
          resolveDir: a.resolveDir
        })
      )
      build.onLoad({ filter: theme }, (a) => ({
        contents: readFileSync(a.path, 'utf8')
          .replaceAll(':root .figma-light', ':where(html)')
          .replaceAll(':root .figma-dark', ':where(html.figma-dark)')
          .replaceAll(':root .figjam', ':where(html.figjam)'),
        loader: 'css'
      }))
    }
  }
}

function typecheck() {
  for (const project of [
    'src/tsconfig.json',
    'tsconfig.json',
    'test/figma/tsconfig.json'
  ]) {
    try {
      execFileSync(
        join(root, 'node_modules/.bin/tsc'),
        ['--noEmit', '-p', project],
        { cwd: root, stdio: 'inherit' }
      )
    } catch {
      fail(`type errors in ${project} (listed above); fix them and rebuild.`)
    }
  }
}

async function buildCode() {
  await esbuild.build({
    entryPoints: [join(root, 'src/main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2017',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    outfile: join(dist, 'code.js'),
    logLevel: 'warning'
  })
}

async function buildUi() {
  const weights = readWeights()
  const result = await esbuild.build({
    entryPoints: [join(root, 'ui/ui.tsx')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: true,
    write: false,
    outdir: join(dist, 'ui'),
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.woff2': 'dataurl', '.woff': 'dataurl' },
    plugins: [embedPlugin(weights), figmaUiCssPlugin()],
    logLevel: 'warning'
  })
  const js = result.outputFiles.find((f) => f.path.endsWith('.js')).text
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text
  const html =
    '<!doctype html><html><head><meta charset="utf-8">' +
    `<style>${css ?? ''}</style></head><body><div id="root"></div>` +
    `<script>${js.replace(/<\/script/gi, '<\\/script')}</script>` +
    '</body></html>\n'
  writeFileSync(join(dist, 'ui.html'), html)
  return html.length
}

async function buildCli() {
  await esbuild.build({
    entryPoints: [join(root, 'ui/cli/stylize.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outfile: join(dist, 'cli/stylize.mjs'),
    logLevel: 'warning'
  })
  // The engine on WebGL for the command line and the browser tests.
  await esbuild.build({
    entryPoints: [join(root, 'ui/cli/chromium-page.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    minify: true,
    outfile: join(dist, 'cli/chromium-page.js'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning'
  })
}

async function main() {
  const started = Date.now()
  mkdirSync(dist, { recursive: true })
  if (args.has('--cli-only')) return buildCli()
  if (!args.has('--no-typecheck')) typecheck()
  await buildCode()
  const htmlBytes = await buildUi()
  await buildCli()
  const mb = (htmlBytes / 1e6).toFixed(1)
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  process.stdout.write(`build: dist/ui.html ${mb} MB, done in ${seconds} s\n`)
}

await main()

import { SettingsError } from '../engine/errors'
import type { NumericSetting } from '../engine/constants'
import { OPTIMIZERS, type StylizeSettings } from '../engine/types'

export type CliBackend = 'webgl' | 'wasm' | 'cpu' | 'auto'

export interface CliArgs {
  demo: boolean
  content: string | null
  /** One or more style images, blended by styleWeights (equal if none). */
  styles: string[]
  styleWeights: number[] | null
  out: string | null
  backend: CliBackend
  settings: Partial<StylizeSettings>
}

export const USAGE =
  'usage: npm run stylize -- --content <png|jpg> --style <png|jpg> ' +
  '--out <png> [--style <png|jpg> ... --style-weights a,b,...] ' +
  '[--size N] [--steps N] [--backend webgl|wasm|cpu] [--seed N] ' +
  '[--style-strength 0-100] [--style-scale X] ' +
  '[--preserve-colors off|luminance|histogram] [--content-weight X] ' +
  `[--smoothness X] [--learning-rate X] [--optimizer ${OPTIMIZERS.join('|')}] ` +
  '[--coarse-to-fine on|off] [--palette-start on|off] [--noise X] ' +
  '[--pooling max|avg]\n' +
  '       npm run demo [-- --out <png> ...]'

const NUMBER_FLAGS: Record<string, NumericSetting> = {
  '--size': 'size',
  '--steps': 'steps',
  '--seed': 'seed',
  '--style-strength': 'styleStrength',
  '--style-scale': 'styleScale',
  '--content-weight': 'contentWeight',
  '--smoothness': 'smoothness',
  '--learning-rate': 'learningRate',
  '--noise': 'noise'
}

function readSwitch(flag: string, value: string): boolean {
  if (value === 'on' || value === 'off') return value === 'on'
  throw new SettingsError(`${flag} must be on or off (got ${value}).`)
}

function readBackend(value: string): CliBackend {
  if (['webgl', 'wasm', 'cpu', 'auto'].includes(value)) {
    return value as CliBackend
  }
  throw new SettingsError(
    `--backend must be webgl, wasm or cpu (got ${value}).`
  )
}

/** Reads the command line; settings are validated later by the engine. */
export function parseCliArgs(argv: string[]): CliArgs {
  const args: CliArgs = {
    demo: false,
    content: null,
    styles: [],
    styleWeights: null,
    out: null,
    backend: 'auto',
    settings: {}
  }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    if (flag === '--demo') {
      args.demo = true
      continue
    }
    const value = argv[++i]
    if (value === undefined) throw new SettingsError(`${flag} needs a value.`)
    if (flag === '--content') args.content = value
    else if (flag === '--style') args.styles.push(value)
    else if (flag === '--style-weights') {
      args.styleWeights = value.split(',').map(Number)
    } else if (flag === '--out') args.out = value
    else if (flag === '--backend') args.backend = readBackend(value)
    else if (flag === '--pooling') {
      args.settings.pooling = value as StylizeSettings['pooling']
    } else if (flag === '--preserve-colors') {
      args.settings.preserveColors = value as StylizeSettings['preserveColors']
    } else if (flag === '--optimizer') {
      args.settings.optimizer = value as StylizeSettings['optimizer']
    } else if (flag === '--coarse-to-fine') {
      args.settings.coarseToFine = readSwitch(flag, value)
    } else if (flag === '--palette-start') {
      args.settings.paletteStart = readSwitch(flag, value)
    } else if (flag in NUMBER_FLAGS) {
      args.settings[NUMBER_FLAGS[flag]] = Number(value)
    } else throw new SettingsError(`Unknown option ${flag}.\n${USAGE}`)
  }
  if (!args.demo && (!args.content || args.styles.length === 0 || !args.out)) {
    throw new SettingsError(
      `--content, --style and --out are needed.\n${USAGE}`
    )
  }
  if (args.styleWeights && args.styleWeights.length !== args.styles.length) {
    throw new SettingsError('--style-weights needs one weight per --style.')
  }
  return args
}

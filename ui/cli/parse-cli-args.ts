import { SettingsError } from '../engine/errors'
import type { StylizeSettings } from '../engine/types'

export type CliBackend = 'webgl' | 'wasm' | 'cpu' | 'auto'

export interface CliArgs {
  demo: boolean
  content: string | null
  style: string | null
  out: string | null
  backend: CliBackend
  settings: Partial<StylizeSettings>
}

export const USAGE =
  'usage: npm run stylize -- --content <png|jpg> --style <png|jpg> ' +
  '--out <png> [--size N] [--steps N] [--backend webgl|wasm|cpu] ' +
  '[--seed N] [--style-strength X] [--content-weight X] [--smoothness X] ' +
  '[--pooling max|avg]\n       npm run demo [-- --out <png> ...]'

const NUMBER_FLAGS: Record<string, keyof StylizeSettings> = {
  '--size': 'size',
  '--steps': 'steps',
  '--seed': 'seed',
  '--style-strength': 'styleStrength',
  '--content-weight': 'contentWeight',
  '--smoothness': 'smoothness'
}

function readBackend(value: string): CliBackend {
  if (['webgl', 'wasm', 'cpu', 'auto'].includes(value)) {
    return value as CliBackend
  }
  throw new SettingsError(`--backend must be webgl, wasm or cpu (got ${value}).`)
}

/** Reads the command line; settings are validated later by the engine. */
export function parseCliArgs(argv: string[]): CliArgs {
  const args: CliArgs = {
    demo: false,
    content: null,
    style: null,
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
    else if (flag === '--style') args.style = value
    else if (flag === '--out') args.out = value
    else if (flag === '--backend') args.backend = readBackend(value)
    else if (flag === '--pooling') {
      args.settings.pooling = value as StylizeSettings['pooling']
    } else if (flag in NUMBER_FLAGS) {
      const field = NUMBER_FLAGS[flag] as Exclude<keyof StylizeSettings, 'pooling'>
      args.settings[field] = Number(value)
    } else throw new SettingsError(`Unknown option ${flag}.\n${USAGE}`)
  }
  if (!args.demo && (!args.content || !args.style || !args.out)) {
    throw new SettingsError(`--content, --style and --out are needed.\n${USAGE}`)
  }
  return args
}

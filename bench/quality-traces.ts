import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

import type { StylizeSettings } from '../ui/engine/types'
import {
  FORMER_OBJECTIVE,
  TEXTBOOK,
  timeToReach,
  type Trace
} from './measure-time-to-quality'
import type { QualityRow } from './format-markdown'

/**
 * The engine's defaults until 2026-12-04: coarse to fine from 128 px in
 * 1.4x scales, Adam at 8 from the content plus grain, 200 steps.
 */
const COARSE_TO_FINE: Partial<StylizeSettings> = {
  ...FORMER_OBJECTIVE,
  coarseToFine: true,
  noise: 8,
  optimizer: 'adam',
  learningRate: 8,
  steps: 200
}

/**
 * The recipes raced against each other. "engine" is the engine's
 * defaults, whatever they are now; the others are spelled out in full,
 * so that their saved traces stay true when the defaults change.
 */
export const RECIPES: Record<string, Partial<StylizeSettings>> = {
  textbook: TEXTBOOK,
  engine: {},
  'coarse-to-fine': COARSE_TO_FINE,
  lbfgs: { ...COARSE_TO_FINE, optimizer: 'lbfgs' },
  // The defaults before the palette start, without the grain: exactly
  // the textbook's start and loss, with Adam on a pyramid.
  pyramid: { ...TEXTBOOK, optimizer: 'pyramid', learningRate: 2.5, steps: 100 },
  'coarse-to-fine-pyramid': {
    ...COARSE_TO_FINE,
    optimizer: 'pyramid',
    learningRate: 2.5
  },
  // The control: the textbook (its start, optimiser and steps) on loss
  // weights like the defaults' (content 1.3 was the candidate when it
  // ran; the defaults settled at 1.15), to tell what the weights give
  // from what the palette start and the pyramid give.
  'textbook-same-loss': {
    ...TEXTBOOK,
    styleStrength: 50,
    contentWeight: 1.3,
    smoothness: 0.1
  }
}

/** One run's trace as saved: what ran, where, and how it went. */
export interface SavedTrace extends Trace {
  recipe: string
  pair: string
  size: number
  machine: string
  date: string
  settings: Partial<StylizeSettings>
}

/** Where a run's trace (json) or its final image (png) is kept. */
export function tracePath(
  dir: string,
  size: number,
  pairIndex: number,
  recipe: string,
  ext: 'json' | 'png' = 'json'
): string {
  return `${dir}/${size}px-pair${pairIndex}-${recipe}.${ext}`
}

export function saveTrace(path: string, trace: SavedTrace): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, JSON.stringify(trace) + '\n')
}

export function loadTrace(path: string): SavedTrace | null {
  return existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as SavedTrace)
    : null
}

/**
 * A pair's row: each recipe's time to the textbook's final quality (both
 * distances at least as good), and the other way round, the textbook's
 * time to the recipe's final quality. The textbook's own time is its
 * whole run.
 */
export function qualityRow(
  textbook: SavedTrace,
  others: SavedTrace[]
): QualityRow {
  const textbookMs = textbook.points.at(-1)!.ms
  return {
    pair: textbook.pair,
    textbook: textbook.final,
    textbookMs,
    recipes: others.map((t) => {
      const ms = timeToReach(t, textbook.final)
      return {
        recipe: t.recipe,
        final: t.final,
        ms,
        ratio: ms ? textbookMs / ms : null,
        ownMs: t.points.at(-1)!.ms,
        textbookToFinalMs: timeToReach(textbook, t.final)
      }
    })
  }
}

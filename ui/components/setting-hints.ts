import type { NumericSetting } from '../engine/constants'

/** Each numeric setting's label and tooltip, in the designer's words. */
export const SETTING_TEXTS: Record<NumericSetting, [string, string]> = {
  size: [
    'Working size (long side, px)',
    'The size the style is painted at; the result is then scaled to the ' +
      'output. Larger is finer and slower.'
  ],
  steps: [
    'Steps',
    'How many times the picture is refined. More steps look more ' +
      'finished and take longer.'
  ],
  styleStrength: [
    'Style strength',
    'How much of the style to paint over the content, from none (0) to ' +
      'almost only style (100).'
  ],
  styleScale: [
    'Style scale',
    'The size of the brush strokes and patterns: below 1 finer, above 1 bolder.'
  ],
  contentWeight: [
    'Content weight',
    'How firmly the shapes of the content are kept while the style is painted.'
  ],
  smoothness: [
    'Smoothness',
    'Evens out speckles and noise; too much makes the result blurry.'
  ],
  learningRate: [
    'Learning rate',
    'How far each step moves the pixels. Higher is faster but can look harsh.'
  ],
  noise: [
    'Noise',
    'Grain added before the first step, so flat areas get texture.'
  ],
  seed: [
    'Seed',
    'Picks the starting grain. The same seed and settings repeat a ' +
      'result; Vary draws a new one.'
  ]
}

/** Tooltips of the settings chosen from a list. */
export const CHOICE_HINTS = {
  quality:
    'Draft is quick for trying styles; Fine takes longer and shows more ' +
    'detail. Sets the working size and steps.',
  colours:
    "Paint with the style's colours, keep the content's colours exactly, " +
    "or move the style's colours towards the content's first.",
  resolution:
    'Pixels written per pixel of the content: 2x suits high-density ' +
    'screens. The style is painted at the working size and scaled up.',
  optimizer:
    'Adam on a pyramid, the default, moves broad areas like the palette ' +
    'as fast as single pixels; plain Adam moves pixels only; L-BFGS can ' +
    'settle sooner but each step costs more.'
}

import type { LayerSummary, MainToUiMessage } from '../../src/contract/messages'
import { makePng } from './make-png'

const thumbnail = makePng(8, 6, (x, y) => [x * 30, y * 40, 200, 255])

export function makeLayer(id: string, name: string): LayerSummary {
  return { id, name, width: 80, height: 60, thumbnail }
}

export const CONTENT = makeLayer('1:1', 'Home screen')
export const STYLE = makeLayer('1:2', 'Starry')

/** LAYERS with one content and the given style layers. */
export function layersMessage(
  styles: LayerSummary[] = [STYLE],
  contents: LayerSummary[] = [CONTENT]
): MainToUiMessage {
  return { type: 'LAYERS', contents, styles, problem: null }
}

/** A small photo-like PNG: smooth gradients the engine can work on. */
export function makeImagePng(width: number, height: number): Uint8Array {
  return makePng(width, height, (x, y) => [
    (x * 255) / width,
    (y * 255) / height,
    ((x + y) * 127) / (width + height),
    255
  ])
}

/**
 * RUN_IMAGES as the sandbox sends it for one run: a 32 × 24 content and
 * the STYLE layer as a `styleSide` square, to be written at `output`.
 */
export function runImagesMessage(
  runId: string,
  output = { width: 80, height: 60 },
  styleSide = 24
): MainToUiMessage {
  return {
    type: 'RUN_IMAGES',
    runId,
    content: { png: makeImagePng(32, 24), width: 32, height: 24 },
    styles: [
      {
        layerId: STYLE.id,
        image: {
          png: makeImagePng(styleSide, styleSide),
          width: styleSide,
          height: styleSide
        }
      }
    ],
    output
  }
}

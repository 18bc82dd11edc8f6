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

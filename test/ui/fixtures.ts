import type { LayerSummary } from '../../src/contract/messages'
import { makePng } from './make-png'

const thumbnail = makePng(8, 6, (x, y) => [x * 30, y * 40, 200, 255])

export function makeLayer(id: string, name: string): LayerSummary {
  return { id, name, width: 80, height: 60, thumbnail }
}

export const CONTENT = makeLayer('1:1', 'Home screen')
export const STYLE = makeLayer('1:2', 'Starry')

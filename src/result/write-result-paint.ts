import { RESULT_IMAGE_HASH_KEY } from '../constants'
import { createResultPaint } from './create-result-paint'
import { findEarlierResultPaint } from './find-earlier-result-paint'

/**
 * Puts the result on top of the layer's own fills, which stay, so the
 * designer can toggle or remove it; an earlier result paint is replaced in
 * place. Fills are frozen, so a new list is assigned.
 */
export function writeResultPaint(content: SceneNode, imageHash: string) {
  if (!('fills' in content) || typeof content.fills === 'symbol') {
    throw new Error(`writeResultPaint: ${content.type} has no list of fills`)
  }
  const fills = content.fills.slice()
  const earlier = findEarlierResultPaint(content, fills)
  const paint = createResultPaint(imageHash)
  if (earlier === -1) fills.push(paint)
  else fills[earlier] = paint
  content.fills = fills
  content.setPluginData(RESULT_IMAGE_HASH_KEY, imageHash)
}

import { RESULT_IMAGE_HASH_KEY } from '../constants'

/** Index of the result paint written earlier into these fills, or -1. */
export function findEarlierResultPaint(
  node: SceneNode,
  fills: ReadonlyArray<Paint>
): number {
  const hash = node.getPluginData(RESULT_IMAGE_HASH_KEY)
  if (hash === '') return -1
  return fills.findIndex(
    (paint) => paint.type === 'IMAGE' && paint.imageHash === hash
  )
}

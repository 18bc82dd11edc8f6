/** The paint that shows a result image, filling its layer. */
export function createResultPaint(imageHash: string): ImagePaint {
  return { type: 'IMAGE', imageHash, scaleMode: 'FILL' }
}

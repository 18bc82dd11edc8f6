/** An image paint of an image made with createImage. */
export function imagePaint(
  imageHash: string,
  scaleMode: ImagePaint['scaleMode'] = 'FILL'
): ImagePaint {
  return { type: 'IMAGE', imageHash, scaleMode }
}

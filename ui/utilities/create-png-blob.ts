/** A Blob of PNG bytes, for an object URL or createImageBitmap. */
export function createPngBlob(png: Uint8Array): Blob {
  // Blob takes only ArrayBuffer-backed bytes; slice copies into one.
  return new Blob([png.slice()], { type: 'image/png' })
}

import type { ExportedImage } from '../contract/messages'
import { readPngHeader } from './read-png-header'

/** Pairs PNG bytes from exportAsync with the size their header states. */
export function readExportedImage(png: Uint8Array): ExportedImage {
  const header = readPngHeader(png)
  if (header === null) {
    throw new Error('readExportedImage: exportAsync returned no PNG')
  }
  return { png, width: header.width, height: header.height }
}

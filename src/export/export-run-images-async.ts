import type { ExportedImage } from '../contract/messages'
import { hideEarlierResults } from '../result/hide-earlier-results'
import { SENTENCES } from '../utilities/sentences'
import { exportPngAsync } from './export-png-async'
import { exportThumbnailAsync } from './export-thumbnail-async'
import { readExportedImage } from './read-exported-image'

export interface RunImages {
  content: ExportedImage
  style: ExportedImage
}

/**
 * Exports content and style with the longer side at size pixels, the
 * content without the results of earlier runs. Returns a sentence instead
 * if either exports empty.
 */
export async function exportRunImagesAsync(
  content: SceneNode,
  style: SceneNode,
  size: number
): Promise<RunImages | string> {
  const restore = hideEarlierResults(content)
  let contentPng: Uint8Array | null
  try {
    contentPng = await exportUnlessEmptyAsync(content, size)
  } finally {
    restore()
  }
  if (contentPng === null) return SENTENCES.noVisiblePixels(content.name)
  const stylePng = await exportUnlessEmptyAsync(style, size)
  if (stylePng === null) return SENTENCES.noVisiblePixels(style.name)
  return {
    content: readExportedImage(contentPng),
    style: readExportedImage(stylePng)
  }
}

async function exportUnlessEmptyAsync(
  node: SceneNode,
  size: number
): Promise<Uint8Array | null> {
  if ((await exportThumbnailAsync(node)) === null) return null
  return exportPngAsync(node, size)
}

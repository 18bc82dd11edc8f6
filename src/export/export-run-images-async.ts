import type { ExportedImage } from '../contract/messages'
import { hideEarlierResults } from '../result/hide-earlier-results'
import { SENTENCES } from '../utilities/sentences'
import { exportPngAsync } from './export-png-async'
import { exportThumbnailAsync } from './export-thumbnail-async'
import { readExportedImage } from './read-exported-image'

export interface RunImages {
  content: ExportedImage
  styles: Array<{ layerId: string; image: ExportedImage }>
}

/**
 * Exports the content and each style layer with the longer side at
 * longSide pixels, the content without the results of earlier runs.
 * Returns a sentence instead if any of them exports empty.
 */
export async function exportRunImagesAsync(
  content: SceneNode,
  styles: ReadonlyArray<SceneNode>,
  longSide: number
): Promise<RunImages | string> {
  const restore = hideEarlierResults(content)
  let contentPng: Uint8Array | null
  try {
    contentPng = await exportUnlessEmptyAsync(content, longSide)
  } finally {
    restore()
  }
  if (contentPng === null) return SENTENCES.noVisiblePixels(content.name)
  const images: RunImages['styles'] = []
  for (const style of styles) {
    const png = await exportUnlessEmptyAsync(style, longSide)
    if (png === null) return SENTENCES.noVisiblePixels(style.name)
    images.push({ layerId: style.id, image: readExportedImage(png) })
  }
  return { content: readExportedImage(contentPng), styles: images }
}

async function exportUnlessEmptyAsync(
  node: SceneNode,
  longSide: number
): Promise<Uint8Array | null> {
  if ((await exportThumbnailAsync(node)) === null) return null
  return exportPngAsync(node, longSide)
}

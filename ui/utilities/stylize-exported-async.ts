import type { ExportedImage } from '../../src/contract/messages'
import type { RgbaImage, StylizeSettings } from '../engine/types'
import { runStylizeAsync } from '../runtime/run-stylize-async'
import { decodePngAsync } from './decode-png-async'
import { encodePngAsync } from './encode-png-async'

type RunOptions = Parameters<typeof runStylizeAsync>[1]

export interface StylizedImage {
  image: RgbaImage
  png: ExportedImage
}

/** Stylizes the sandbox's exported content with its style, as PNG again. */
export async function stylizeExportedAsync(
  images: { content: ExportedImage; style: ExportedImage },
  settings: StylizeSettings,
  options: RunOptions
): Promise<StylizedImage> {
  const [content, style] = await Promise.all([
    decodePngAsync(images.content.png),
    decodePngAsync(images.style.png)
  ])
  const { image } = await runStylizeAsync({ content, style, settings }, options)
  const png = await encodePngAsync(image)
  return { image, png: { png, width: image.width, height: image.height } }
}

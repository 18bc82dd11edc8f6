import type {
  ExportedImage,
  MainToUiMessage,
  RecordedStyle
} from '../../src/contract/messages'
import type { RgbaImage, StylizeSettings } from '../engine/types'
import { runStylizeAsync } from '../runtime/run-stylize-async'
import type { ChosenStyle } from './chosen-style'
import { computeOutputSize } from './compute-output-size'
import { decodePngAsync } from './decode-png-async'
import { encodePngAsync } from './encode-png-async'
import { weighStyles } from './weigh-styles'

type RunOptions = Parameters<typeof runStylizeAsync>[1]
type RunImages = Extract<MainToUiMessage, { type: 'RUN_IMAGES' }>

export interface StylizedFrame {
  /** The result at the working size, for the preview. */
  image: RgbaImage
  /** The result at the output size, as PNG for WRITE_RESULT. */
  png: ExportedImage
  /** The styles as the run record keeps them, in the engine's order. */
  styles: RecordedStyle[]
}

/**
 * Stylizes the sandbox's exported content with the exported style layers
 * and the image files, then resizes the result to the output size.
 * `onContent` gets the decoded content first, for comparing.
 */
export async function stylizeExportedAsync(
  images: RunImages,
  chosen: ChosenStyle[],
  settings: StylizeSettings,
  options: RunOptions & { onContent?: (content: RgbaImage) => void }
): Promise<StylizedFrame> {
  const [content, ...layers] = await Promise.all([
    decodePngAsync(images.content.png),
    ...images.styles.map((s) => decodePngAsync(s.image.png))
  ])
  options.onContent?.(content)
  const { styles, order } = weighStyles(
    images.styles.map((s, i) => ({ layerId: s.layerId, image: layers[i] })),
    chosen
  )
  const { image } = await runStylizeAsync(
    { content, styles, settings },
    options
  )
  // The sandbox already caps the output; capping again keeps a wrong
  // size from reaching createImage.
  const size = computeOutputSize(images.output, 1)
  const png = await encodePngAsync(image, size)
  return {
    image,
    png: { png, ...size },
    styles: order.map(({ layerId, name, weight }) => ({
      layerId,
      name,
      weight
    }))
  }
}

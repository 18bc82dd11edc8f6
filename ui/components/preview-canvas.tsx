import { useEffect, useRef } from 'preact/hooks'

import type { RgbaImage } from '../engine/types'
import styles from './preview-canvas.module.css'

export interface PreviewCanvasProps {
  image: RgbaImage
  /** What the image is, for screen readers. */
  label: string
}

/** The image as the run has it so far (or the content, to compare). */
export function PreviewCanvas({ image, label }: PreviewCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    // The settings above fill the window; the run is what to watch now.
    canvasRef.current?.scrollIntoView({ block: 'nearest' })
  }, [])
  useEffect(() => {
    const context = canvasRef.current?.getContext('2d')
    if (!context) throw new Error('the preview canvas has no 2d context')
    const { canvas } = context
    if (canvas.width !== image.width) canvas.width = image.width
    if (canvas.height !== image.height) canvas.height = image.height
    const pixels = new ImageData(
      new Uint8ClampedArray(image.data),
      image.width,
      image.height
    )
    context.putImageData(pixels, 0, 0)
  }, [image])
  return (
    <canvas
      ref={canvasRef}
      class={styles.preview}
      role="img"
      aria-label={label}
    />
  )
}

import { Button } from '@create-figma-plugin/ui'
import { useState } from 'preact/hooks'

import type { RgbaImage } from '../engine/types'
import { PreviewCanvas } from './preview-canvas'
import styles from './preview-panel.module.css'

export interface PreviewPanelProps {
  preview: RgbaImage
  /** The content as exported for this run, or null until it is decoded. */
  content: RgbaImage | null
}

/** The live preview, and a Compare button that shows the content while held. */
export function PreviewPanel({ preview, content }: PreviewPanelProps) {
  const [comparing, setComparing] = useState(false)
  const showContent = comparing && content !== null
  function handleKeyDown(event: KeyboardEvent): void {
    if (event.key !== ' ' && event.key !== 'Enter') return
    // Holding the key repeats keydown; the first one is enough.
    event.preventDefault()
    setComparing(true)
  }
  function stopComparing(): void {
    setComparing(false)
  }
  return (
    <section class={styles.panel} aria-label="Preview">
      <PreviewCanvas
        image={showContent ? content : preview}
        label={
          showContent ? 'The content, for comparison' : 'Preview of the result'
        }
      />
      {content === null ? null : (
        <div class={styles.bar}>
          <Button
            secondary
            aria-pressed={showContent}
            title="Press and hold (mouse, Space or Enter) to see the content as it was."
            onPointerDown={() => setComparing(true)}
            onPointerUp={stopComparing}
            onPointerLeave={stopComparing}
            onPointerCancel={stopComparing}
            onKeyDown={handleKeyDown}
            onKeyUp={stopComparing}
            onBlur={stopComparing}
          >
            Hold to compare
          </Button>
        </div>
      )}
    </section>
  )
}

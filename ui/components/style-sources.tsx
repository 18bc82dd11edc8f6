import { Button } from '@create-figma-plugin/ui'
import { useRef } from 'preact/hooks'

import styles from './style-sources.module.css'

export interface StyleSourcesProps {
  /** No more styles fit, or a run is under way. */
  disabled: boolean
  onPin: () => void
  onFiles: (files: File[]) => void
}

/** Ways to add a style beside the grid: the selection or an image file. */
export function StyleSources({ disabled, onPin, onFiles }: StyleSourcesProps) {
  const inputRef = useRef<HTMLInputElement>(null)
  function handleChange(event: Event): void {
    const input = event.currentTarget as HTMLInputElement
    onFiles(Array.from(input.files ?? []))
    // The same file chosen again must fire change again.
    input.value = ''
  }
  return (
    <div class={styles.sources}>
      <Button
        secondary
        disabled={disabled}
        onClick={onPin}
        title="Add the selected image layers as styles."
      >
        Use selection as style
      </Button>
      <Button
        secondary
        disabled={disabled}
        onClick={() => inputRef.current?.click()}
        title="Add a picture from your computer as a style; it is not added to the document."
      >
        Add image file…
      </Button>
      <input
        ref={inputRef}
        class={styles.input}
        type="file"
        accept="image/*"
        multiple
        tabIndex={-1}
        aria-label="Style image file"
        onChange={handleChange}
      />
      <span class={styles.hint}>or drop an image on this window</span>
    </div>
  )
}

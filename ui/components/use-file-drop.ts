import { useState } from 'preact/hooks'

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false
}

/**
 * Handlers that take image files dropped anywhere on the window, and
 * whether files are being dragged over it now (to show where they go).
 */
export function useFileDrop(
  onFiles: (files: File[]) => void,
  enabled: boolean
) {
  const [dragging, setDragging] = useState(false)
  function handleDragOver(event: DragEvent): void {
    if (!carriesFiles(event)) return
    // Without this the browser would open the file instead of dropping it.
    event.preventDefault()
    if (event.dataTransfer)
      event.dataTransfer.dropEffect = enabled ? 'copy' : 'none'
    setDragging(enabled)
  }
  function handleDragLeave(event: DragEvent): void {
    // Leaving a child for another child is not leaving the window.
    if (event.relatedTarget === null) setDragging(false)
  }
  function handleDrop(event: DragEvent): void {
    if (!carriesFiles(event)) return
    event.preventDefault()
    setDragging(false)
    if (enabled) onFiles(Array.from(event.dataTransfer?.files ?? []))
  }
  return {
    dragging,
    onDragOver: handleDragOver,
    onDragLeave: handleDragLeave,
    onDrop: handleDrop
  }
}

import { useMemo } from 'preact/hooks'

import { createPngBlob } from './create-png-blob'
import { useBlobUrl } from './use-blob-url'

/** A blob: URL showing `png`, revoked once the bytes change or on unmount. */
export function useObjectUrl(png: Uint8Array | null): string | null {
  const blob = useMemo(() => (png === null ? null : createPngBlob(png)), [png])
  return useBlobUrl(blob)
}

import { useEffect, useMemo } from 'preact/hooks'

import { createPngBlob } from './create-png-blob'

/** A blob: URL showing `png`, revoked once the bytes change or on unmount. */
export function useObjectUrl(png: Uint8Array | null): string | null {
  const url = useMemo(
    () => (png === null ? null : URL.createObjectURL(createPngBlob(png))),
    [png]
  )
  useEffect(() => {
    if (url === null) return
    return () => URL.revokeObjectURL(url)
  }, [url])
  return url
}

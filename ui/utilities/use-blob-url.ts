import { useEffect, useMemo } from 'preact/hooks'

/** A blob: URL showing `blob`, revoked once it changes or on unmount. */
export function useBlobUrl(blob: Blob | null): string | null {
  const url = useMemo(
    () => (blob === null ? null : URL.createObjectURL(blob)),
    [blob]
  )
  useEffect(() => {
    if (url === null) return
    return () => URL.revokeObjectURL(url)
  }, [url])
  return url
}

// Messages cross the Playwright boundary as JSON, where a Uint8Array would
// arrive as a plain object; bytes travel as { __bytes: base64 } instead.
// The same codec, as source text, runs in the host page.

type Encoded = unknown

/** Replaces every Uint8Array with { __bytes: base64 }. */
export function encodeMessage(value: unknown): Encoded {
  if (value instanceof Uint8Array) {
    return { __bytes: Buffer.from(value).toString('base64') }
  }
  if (Array.isArray(value)) return value.map(encodeMessage)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, encodeMessage(item)])
  )
}

/** Rebuilds the Uint8Arrays that encodeMessage replaced. */
export function decodeMessage(value: Encoded): unknown {
  if (Array.isArray(value)) return value.map(decodeMessage)
  if (typeof value !== 'object' || value === null) return value
  const fields = value as Record<string, unknown>
  if (typeof fields.__bytes === 'string') {
    return new Uint8Array(Buffer.from(fields.__bytes, 'base64'))
  }
  return Object.fromEntries(
    Object.entries(fields).map(([key, item]) => [key, decodeMessage(item)])
  )
}

/** The codec for the host page, where there is no Buffer. */
export const BROWSER_CODEC_SOURCE = `
function encodeMessage(value) {
  if (value instanceof Uint8Array) {
    var text = ''
    for (var i = 0; i < value.length; i += 0x8000) {
      text += String.fromCharCode.apply(null, value.subarray(i, i + 0x8000))
    }
    return { __bytes: btoa(text) }
  }
  if (Array.isArray(value)) return value.map(encodeMessage)
  if (typeof value !== 'object' || value === null) return value
  var copy = {}
  Object.keys(value).forEach(function (key) {
    copy[key] = encodeMessage(value[key])
  })
  return copy
}
function decodeMessage(value) {
  if (Array.isArray(value)) return value.map(decodeMessage)
  if (typeof value !== 'object' || value === null) return value
  if (typeof value.__bytes === 'string') {
    var text = atob(value.__bytes)
    var bytes = new Uint8Array(text.length)
    for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i)
    return bytes
  }
  var copy = {}
  Object.keys(value).forEach(function (key) {
    copy[key] = decodeMessage(value[key])
  })
  return copy
}
`

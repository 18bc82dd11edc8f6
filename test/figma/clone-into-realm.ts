// Source of a function evaluated inside the sandbox's vm context: it
// copies a message into that realm, so that `instanceof Uint8Array` holds
// there, as Figma's structured clone into its sandbox does. It is a
// string because a transpiled function's text may use helpers that do
// not exist inside the context.
export const CLONE_INTO_REALM_SOURCE = `(function cloneIntoRealm(value) {
  if (value === null || typeof value !== 'object') return value
  var tag = Object.prototype.toString.call(value)
  if (tag === '[object Uint8Array]') {
    var bytes = new Uint8Array(value.length)
    bytes.set(value)
    return bytes
  }
  if (ArrayBuffer.isView(value)) {
    throw new TypeError('cloneIntoRealm: only Uint8Array views cross')
  }
  if (Array.isArray(value)) return value.map(cloneIntoRealm)
  var copy = {}
  Object.keys(value).forEach(function (key) {
    copy[key] = cloneIntoRealm(value[key])
  })
  return copy
})`

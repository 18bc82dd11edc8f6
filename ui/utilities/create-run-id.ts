/** A fresh identifier, so replies about an older run are told apart. */
export function createRunId(): string {
  // randomUUID needs a secure context, which Figma's iframe may not be.
  const bytes = crypto.getRandomValues(new Uint8Array(12))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(
    ''
  )
}

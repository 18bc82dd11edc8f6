/** The message of a thrown value, for a sentence to the designer. */
export function describeError(error: unknown): string {
  // Errors thrown by Figma's API may come from another realm, where
  // `instanceof Error` is false, so the message is read structurally.
  if (typeof error === 'object' && error !== null && 'message' in error) {
    return String(error.message)
  }
  return String(error)
}

/** Shortens text to at most maxLength characters, ending in an ellipsis. */
export function cutText(text: string, maxLength: number): string {
  return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1)}…`
}

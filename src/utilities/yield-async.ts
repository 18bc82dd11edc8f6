/** Lets Figma handle pending events before a long loop goes on. */
export function yieldAsync(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 0)
  })
}

/** Throws as Figma does when a property is set to a value of a wrong kind. */
export function checkValue(
  condition: boolean,
  where: string,
  expected: string
): void {
  if (!condition) throw new Error(`in ${where}: Expected ${expected}`)
}

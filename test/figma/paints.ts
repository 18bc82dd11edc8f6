/** A solid paint from a hex colour such as '#ff8800'. */
export function solidPaint(hex: string, opacity = 1): SolidPaint {
  const value = Number.parseInt(hex.replace('#', ''), 16)
  const channel = (shift: number) => ((value >> shift) & 255) / 255
  return {
    type: 'SOLID',
    color: { r: channel(16), g: channel(8), b: channel(0) },
    opacity
  }
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }

/** Samples per pixel of a PNG colour type. */
export function countPngChannels(colorType: number): number {
  const channels = CHANNELS[colorType]
  if (channels === undefined) {
    throw new Error(`countPngChannels: unknown colour type ${colorType}`)
  }
  return channels
}

/** A named pair of working size and steps, so most runs need no numbers. */
export interface QualityPreset {
  id: 'draft' | 'balanced' | 'fine'
  label: string
  size: number
  steps: number
}

// Step counts are for WebGL, where a 384 px step takes tens of
// milliseconds; on the WebAssembly or CPU fallback each step takes seconds,
// so Fine can run for many minutes there.
export const QUALITY_PRESETS: QualityPreset[] = [
  { id: 'draft', label: 'Draft', size: 256, steps: 100 },
  { id: 'balanced', label: 'Balanced', size: 384, steps: 200 },
  { id: 'fine', label: 'Fine', size: 512, steps: 300 }
]

export const DEFAULT_PRESET = QUALITY_PRESETS[1]

/** The preset with exactly this size and these steps, or null (custom). */
export function findPreset(size: number, steps: number): QualityPreset | null {
  return (
    QUALITY_PRESETS.find((p) => p.size === size && p.steps === steps) ?? null
  )
}

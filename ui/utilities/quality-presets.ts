/** A named pair of working size and steps, so most runs need no numbers. */
export interface QualityPreset {
  id: 'draft' | 'balanced' | 'fine'
  label: string
  size: number
  steps: number
}

// Every step of the default recipe runs at the working size. Step counts
// are for WebGL, where a 384 px step takes tens of milliseconds; on the
// WebAssembly fallback a step takes seconds (4.2 s at 256 px, 17.7 s at
// 512 px here), so Fine runs for many minutes there. On the mockup pair,
// in about the time of the former coarse-to-fine presets (200 steps at
// 384 px, 300 at 512), these step counts reached their final quality at
// step 70 of 100 and 100 of 120 (README, "Why these defaults").
export const QUALITY_PRESETS: QualityPreset[] = [
  { id: 'draft', label: 'Draft', size: 256, steps: 50 },
  { id: 'balanced', label: 'Balanced', size: 384, steps: 100 },
  { id: 'fine', label: 'Fine', size: 512, steps: 120 }
]

export const DEFAULT_PRESET = QUALITY_PRESETS[1]

/** The preset with exactly this size and these steps, or null (custom). */
export function findPreset(size: number, steps: number): QualityPreset | null {
  return (
    QUALITY_PRESETS.find((p) => p.size === size && p.steps === steps) ?? null
  )
}

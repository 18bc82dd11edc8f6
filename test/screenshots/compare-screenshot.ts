// Compares a screenshot with its reference image in the repository. A
// changed look fails with the actual image and a diff written next to each
// other under test-output/screenshots/, so the change can be looked at;
// UPDATE_SCREENSHOTS=1 writes the actual image as the new reference.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { PNG } from 'pngjs'

export const REFERENCES = join(import.meta.dirname, 'references')
const OUTPUT = join(import.meta.dirname, '../../test-output/screenshots')

/**
 * A pixel counts as changed when a channel moves by more than this out of
 * 255: font anti-aliasing between two runs of the same Chromium moves a few
 * levels, a changed colour or a moved edge moves far more.
 */
const CHANNEL_TOLERANCE = 40
/** Share of changed pixels still taken as the same look. */
const PIXEL_TOLERANCE = 0.002

export interface Comparison {
  /** Null when the images match (or the reference was just written). */
  problem: string | null
  changedShare: number
}

interface Image {
  width: number
  height: number
  data: Buffer
}

function readImage(bytes: Buffer): Image {
  const png = PNG.sync.read(bytes)
  return { width: png.width, height: png.height, data: png.data }
}

/** Diff image: the reference greyed out, changed pixels in red. */
function diffImage(
  reference: Image,
  actual: Image
): { png: Buffer; changed: number } {
  const out = new PNG({ width: actual.width, height: actual.height })
  let changed = 0
  for (let i = 0; i < actual.data.length; i += 4) {
    let moved = 0
    for (let c = 0; c < 4; c++) {
      moved = Math.max(
        moved,
        Math.abs(actual.data[i + c] - reference.data[i + c])
      )
    }
    const grey =
      (reference.data[i] + reference.data[i + 1] + reference.data[i + 2]) / 3
    const isChanged = moved > CHANNEL_TOLERANCE
    if (isChanged) changed++
    out.data[i] = isChanged ? 255 : 128 + grey / 2
    out.data[i + 1] = isChanged ? 0 : 128 + grey / 2
    out.data[i + 2] = isChanged ? 0 : 128 + grey / 2
    out.data[i + 3] = 255
  }
  return { png: PNG.sync.write(out), changed }
}

export function compareScreenshot(
  name: string,
  actualBytes: Buffer
): Comparison {
  const referencePath = join(REFERENCES, `${name}.png`)
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(REFERENCES, { recursive: true })
    writeFileSync(referencePath, actualBytes)
    return { problem: null, changedShare: 0 }
  }
  mkdirSync(OUTPUT, { recursive: true })
  const actualPath = join(OUTPUT, `${name}.actual.png`)
  if (!existsSync(referencePath)) {
    writeFileSync(actualPath, actualBytes)
    return {
      problem: `no reference ${referencePath}; run UPDATE_SCREENSHOTS=1 node --import tsx --test test/screenshots/ui-screenshots.test.ts and review ${actualPath}`,
      changedShare: 1
    }
  }
  const reference = readImage(readFileSync(referencePath))
  const actual = readImage(actualBytes)
  if (reference.width !== actual.width || reference.height !== actual.height) {
    writeFileSync(actualPath, actualBytes)
    return {
      problem: `${name}: ${actual.width}×${actual.height} px, reference ${reference.width}×${reference.height}; see ${actualPath}`,
      changedShare: 1
    }
  }
  const diff = diffImage(reference, actual)
  const changedShare = diff.changed / (actual.width * actual.height)
  const diffPath = join(OUTPUT, `${name}.diff.png`)
  if (changedShare <= PIXEL_TOLERANCE) {
    // A mismatch left from an earlier run would point at a look now fixed.
    rmSync(actualPath, { force: true })
    rmSync(diffPath, { force: true })
    return { problem: null, changedShare }
  }
  writeFileSync(actualPath, actualBytes)
  writeFileSync(diffPath, diff.png)
  const percent = (changedShare * 100).toFixed(2)
  return {
    problem: `${name}: ${percent}% of pixels changed; see ${actualPath} and ${diffPath}`,
    changedShare
  }
}

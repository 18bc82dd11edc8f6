import type { Quality } from './evaluate-quality'
import type { StepRow } from './measure-steps'

export interface QualityRow {
  pair: string
  textbook: Quality
  textbookMs: number
  recipes: Array<{
    recipe: string
    final: Quality
    /** When it first matched the textbook's final quality; null if never. */
    ms: number | null
    ratio: number | null
    /** The recipe's whole run. */
    ownMs: number
    /** When the textbook first matched this recipe's final quality. */
    textbookToFinalMs: number | null
  }>
}

interface Report {
  date: string
  machine: string
  qualitySize: number
  steps: StepRow[]
  quality: QualityRow[]
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const pair = (q: Quality) => `${q.style.toFixed(3)} / ${q.content.toFixed(3)}`

export function formatMarkdown(report: Report): string {
  const lines = [`Measured ${report.date.slice(0, 10)} on ${report.machine}.`]
  if (report.steps.length > 0) {
    lines.push(
      '',
      '| backend | size | step (median of 5) | GFLOP/s | live tensors | peak MB |',
      '| --- | --- | --- | --- | --- | --- |',
      ...report.steps.map(
        (r) =>
          `| ${r.backend} | ${r.size} | ${s(r.stepMs)} | ${r.gflops.toFixed(1)} | ` +
          `${r.liveTensors} | ${r.peakMB === null ? '-' : r.peakMB.toFixed(0)} |`
      )
    )
  }
  if (report.quality.length > 0) {
    lines.push(
      '',
      `Time to the textbook recipe's final quality at ${report.qualitySize} px (wasm):`,
      '',
      "| pair | recipe | run | final style / content | time to the textbook's final | speed-up | textbook's time to this final |",
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...report.quality.flatMap((q) => [
        `| ${q.pair} | textbook | ${s(q.textbookMs)} | ${pair(q.textbook)} | ${s(q.textbookMs)} | 1x | - |`,
        ...q.recipes.map(
          (r) =>
            `| | ${r.recipe} | ${s(r.ownMs)} | ${pair(r.final)} | ${r.ms === null ? 'not reached' : s(r.ms)} | ` +
            `${r.ratio === null ? '-' : `${r.ratio.toFixed(1)}x`} | ` +
            `${r.textbookToFinalMs === null ? 'not reached' : s(r.textbookToFinalMs)} |`
        )
      ])
    )
  }
  return lines.join('\n') + '\n'
}

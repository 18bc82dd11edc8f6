import type { Quality } from './evaluate-quality'
import type { StepRow } from './measure-steps'

export interface QualityRow {
  pair: string
  textbook: Quality
  engine: Quality
  textbookMs: number
  /** When the engine first matched the textbook's final quality; null if never. */
  engineMs: number | null
  ratio: number | null
}

interface Report {
  date: string
  machine: string
  qualitySize: number
  steps: StepRow[]
  quality: QualityRow[]
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`

export function formatMarkdown(report: Report): string {
  const lines = [
    `Measured ${report.date.slice(0, 10)} on ${report.machine}.`,
    '',
    '| backend | size | step (median of 5) | GFLOP/s | live tensors | peak MB |',
    '| --- | --- | --- | --- | --- | --- |',
    ...report.steps.map(
      (r) =>
        `| ${r.backend} | ${r.size} | ${s(r.stepMs)} | ${r.gflops.toFixed(1)} | ` +
        `${r.liveTensors} | ${r.peakMB === null ? '-' : r.peakMB.toFixed(0)} |`
    )
  ]
  if (report.quality.length > 0) {
    lines.push(
      '',
      `Time to the textbook recipe's final quality at ${report.qualitySize} px (wasm):`,
      '',
      '| pair | textbook style / content | engine style / content | textbook time | engine time to match | speed-up |',
      '| --- | --- | --- | --- | --- | --- |',
      ...report.quality.map(
        (q) =>
          `| ${q.pair} | ${q.textbook.style.toFixed(3)} / ${q.textbook.content.toFixed(3)} | ` +
          `${q.engine.style.toFixed(3)} / ${q.engine.content.toFixed(3)} | ${s(q.textbookMs)} | ` +
          `${q.engineMs === null ? 'not reached' : s(q.engineMs)} | ` +
          `${q.ratio === null ? '-' : `${q.ratio.toFixed(1)}x`} |`
      )
    )
  }
  return lines.join('\n') + '\n'
}

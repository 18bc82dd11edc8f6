import type { LayerSummary, RunRecord } from '../../src/contract/messages'

/**
 * What a "Restyle" launch brought back: the content it restyles, and each
 * image file of the record, whose pixels the document never kept.
 */
export function describeRelaunch(
  record: RunRecord,
  contents: LayerSummary[]
): string[] {
  const content =
    contents.find((layer) => layer.id === record.contentId) ?? contents[0]
  const name = content?.name || 'the result'
  const files = record.styles.filter((style) => style.layerId === null)
  return [
    `Restyling “${name}” with its saved settings.`,
    ...files.map(
      (file) =>
        `The file style “${file.name}” isn't kept in the document; add it again.`
    )
  ]
}

// The sentence a batch ends with. A single frame keeps the plain wording;
// several say how many frames were written, since those stay in the file.

function countWritten(written: number, total: number): string {
  return `${written} of ${total} frames were stylized.`
}

export function describeDone(total: number, layerName: string): string {
  return total === 1
    ? `Done: the result is in “${layerName}”.`
    : `Done: ${total} frames stylized.`
}

export function describeCancelled(written: number, total: number): string {
  return total === 1
    ? 'Cancelled. Nothing was changed.'
    : `Cancelled: ${countWritten(written, total)}`
}

export function describeFailed(
  message: string,
  written: number,
  total: number
): string {
  return total === 1 ? message : `${message} ${countWritten(written, total)}`
}

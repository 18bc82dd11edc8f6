/** Says roughly how long a run has left: "about 12 s left". */
export function formatTimeLeft(remainingMs: number): string {
  const seconds = Math.round(remainingMs / 1000)
  if (seconds < 1) return 'almost done'
  if (seconds < 60) return `about ${seconds} s left`
  return `about ${Math.round(seconds / 60)} min left`
}

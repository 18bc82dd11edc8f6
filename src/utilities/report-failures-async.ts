import { describeError } from './describe-error'
import { reportProblem } from './report-problem'
import { SENTENCES } from './sentences'

/**
 * Runs an event handler; a failure nobody foresaw still reaches the
 * designer as a sentence instead of vanishing into Figma's console.
 */
export async function reportFailuresAsync(
  handleAsync: () => Promise<void>
): Promise<void> {
  try {
    await handleAsync()
  } catch (error) {
    reportProblem(SENTENCES.unexpectedFailure(describeError(error)))
  }
}

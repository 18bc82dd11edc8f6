import { UI_OPTIONS } from './constants'
import { handleClose } from './handlers/handle-close'
import { handleCurrentPageChangeAsync } from './handlers/handle-current-page-change-async'
import { handleSelectionChangeAsync } from './handlers/handle-selection-change-async'
import { handleUiMessageAsync } from './handlers/handle-ui-message-async'
import { createLaunchSession } from './launch/create-launch-session'
import { reportFailuresAsync } from './utilities/report-failures-async'

/**
 * Opens the UI and wires Figma's events to the handlers. Handlers return
 * their promise so that callers (and tests) can wait for them; Figma
 * ignores it.
 */
export function startPlugin(): void {
  figma.showUI(__html__, UI_OPTIONS)
  const session = createLaunchSession(
    figma.command,
    figma.currentPage.selection
  )
  figma.ui.onmessage = (message: unknown) =>
    reportFailuresAsync(() => handleUiMessageAsync(session, message))
  figma.on('selectionchange', () =>
    reportFailuresAsync(() => handleSelectionChangeAsync(session))
  )
  figma.on('currentpagechange', () =>
    reportFailuresAsync(() => handleCurrentPageChangeAsync(session))
  )
  figma.on('close', () => handleClose(session))
}

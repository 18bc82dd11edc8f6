import type { RunRecord } from '../contract/messages'
import { assignLaunchSelection } from '../selection/assign-launch-selection'

/** A style layer by id, with its name as last seen, to name it once gone. */
export interface StyleLayer {
  id: string
  name: string
}

/** A run between START_RUN and its WRITE_RESULT or RUN_ENDED. */
export interface Run {
  runId: string
  contentId: string
  /** The content's page at the start: a result is written nowhere else. */
  pageId: string
  /** As exported, so the result is named even if a style goes meanwhile. */
  styles: StyleLayer[]
  /** The pixel size the result must have. */
  output: { width: number; height: number }
}

/** What the sandbox remembers while the plugin is open. */
export interface Session {
  /**
   * The layers to stylize, in selection order; the style layers among
   * them are left out when they are read. Follows the selection; after
   * SWAP or a relaunch, holds until the selection changes.
   */
  contentIds: string[]
  /** At most MAX_STYLES, in the order added. */
  styles: StyleLayer[]
  uiReady: boolean
  /** Counts LAYERS refreshes, so a slow one never overwrites a newer one. */
  layersRefresh: number
  run: Run | null
  /** The latest START_RUN, so an older one still looking up layers stops. */
  startingRunId: string | null
  /** Set by figma.on('close'): from then on nothing is written or sent. */
  closed: boolean
  /** The record of the result the plugin was relaunched from, or null. */
  relaunch: RunRecord | null
  /** Sentences for the designer once the UI first listens. */
  launchProblems: string[]
}

export function createSession(selection: ReadonlyArray<SceneNode>): Session {
  const { contentIds, styles } = assignLaunchSelection(selection)
  return {
    contentIds,
    styles,
    uiReady: false,
    layersRefresh: 0,
    run: null,
    startingRunId: null,
    closed: false,
    relaunch: null,
    launchProblems: []
  }
}

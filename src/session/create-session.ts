import { assignLaunchSelection } from '../selection/assign-launch-selection'

/** A run between START_RUN and its WRITE_RESULT or RUN_ENDED. */
export interface Run {
  runId: string
  contentId: string
  /** Kept so the result can be named even if the style is deleted meanwhile. */
  styleName: string
}

/** What the sandbox remembers while the plugin is open. */
export interface Session {
  /** Follows the selection; after SWAP, holds until the selection changes. */
  contentId: string | null
  /** Pinned by id: at launch, by PIN_STYLE_FROM_SELECTION, CHOOSE_STYLE. */
  styleId: string | null
  /** Layers selected when the content was last taken from the selection. */
  selectionCount: number
  uiReady: boolean
  /** Counts LAYERS refreshes, so a slow one never overwrites a newer one. */
  layersRefresh: number
  run: Run | null
}

export function createSession(selection: ReadonlyArray<SceneNode>): Session {
  const { contentId, styleId } = assignLaunchSelection(selection)
  return {
    contentId,
    styleId,
    selectionCount: selection.length,
    uiReady: false,
    layersRefresh: 0,
    run: null
  }
}

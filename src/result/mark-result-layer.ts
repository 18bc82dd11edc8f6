import {
  RESTYLE_COMMAND,
  RESTYLE_DESCRIPTION,
  RUN_RECORD_KEY
} from '../constants'
import type { RunRecord } from '../contract/messages'

/**
 * Keeps on the layer holding a result what it was made with, and gives it
 * Figma's Restyle button, which relaunches the plugin with these.
 */
export function markResultLayer(layer: SceneNode, record: RunRecord): void {
  layer.setPluginData(RUN_RECORD_KEY, JSON.stringify(record))
  layer.setRelaunchData({ [RESTYLE_COMMAND]: RESTYLE_DESCRIPTION })
}

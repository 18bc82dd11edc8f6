// Defaults of the sandbox, in one place.

/** Plugin data on a result rectangle: the id of the content it stylizes. */
export const RESULT_FOR_KEY = 'resultFor'

/** Plugin data on a layer without children: its result paint's image hash. */
export const RESULT_IMAGE_HASH_KEY = 'resultImageHash'

/** Plugin data on the layer holding a result: its RunRecord as JSON. */
export const RUN_RECORD_KEY = 'runRecord'

/** figma.command when the designer clicks Restyle on a result layer. */
export const RESTYLE_COMMAND = 'restyle'

/** What the relaunch button says under its name (manifest: "Restyle"). */
export const RESTYLE_DESCRIPTION = 'Restyle with the same styles and settings'

/**
 * figma.clientStorage key of the remembered settings. The version is part
 * of the key, so a later shape never reads an older one by mistake.
 */
export const SETTINGS_KEY = 'settings.v1'
export const SETTINGS_VERSION = 1

/** Contents one batch may hold; each is its own run and undo step. */
export const MAX_BATCH = 100

export const UI_OPTIONS: ShowUIOptions = {
  themeColors: true,
  width: 320,
  height: 600
}

export const MAX_STYLE_CANDIDATES = 50

/**
 * Layers inspected for image fills before the candidate list stops: reading
 * fills crosses into Figma for every layer, so a page with tens of
 * thousands of shapes would otherwise freeze the plugin at launch.
 */
export const MAX_CANDIDATE_SCAN = 5000

/** Layers inspected between two yields to Figma's event loop. */
export const CANDIDATE_SCAN_BATCH = 250

/** figma.notify shows at most this many characters. */
export const NOTIFY_MAX_LENGTH = 100

/** Layer names are cut to this length inside sentences. */
export const NAME_MAX_LENGTH = 32

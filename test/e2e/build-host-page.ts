import { BROWSER_CODEC_SOURCE } from './relay-codec'

/**
 * The page standing in for Figma's window: the plugin UI, loaded from
 * `uiUrl`, in a sandboxed iframe without allow-same-origin (origin "null",
 * as in Figma), and the relay. The UI posts
 * parent.postMessage({ pluginMessage }, '*'); the sandbox's messages
 * arrive in the UI as { pluginMessage, pluginId }.
 *
 * Not srcdoc: the UI is 20 MB with its weights, and every Playwright
 * locator into a frame whose element carries that attribute took ~1 s.
 */
export function buildHostPage(
  uiUrl: string,
  options: { width: number; height: number }
): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>Figma (fake)</title>
<style>html, body { margin: 0 } iframe { border: 0; display: block }</style>
</head><body>
<iframe id="plugin" sandbox="allow-scripts" width="${options.width}"
  height="${options.height}" src="${uiUrl}"></iframe>
<script>
${BROWSER_CODEC_SOURCE}
var frame = document.getElementById('plugin')
window.addEventListener('message', function (event) {
  if (event.source !== frame.contentWindow) return
  var data = event.data
  if (typeof data !== 'object' || data === null) return
  if (!('pluginMessage' in data)) return
  window.__sendToSandbox(encodeMessage(data.pluginMessage))
})
window.__deliverToUi = function (encoded) {
  frame.contentWindow.postMessage(
    { pluginMessage: decodeMessage(encoded), pluginId: 'fake-plugin' },
    '*'
  )
}
</script>
</body></html>`
}

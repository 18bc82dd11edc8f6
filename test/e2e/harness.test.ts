import assert from 'node:assert/strict'
import { test } from 'node:test'
import { addLayer } from '../figma/build-fake-layers'
import type { FakeFigma } from '../figma/fake-figma'
import type { FakeFrame } from '../figma/fake-frames'
import { imagePaint } from '../figma/image-paint'
import { makePng } from '../figma/make-png'
import { solidPaint } from '../figma/paints'
import { startHarnessAsync } from './harness'

// A hand-written stand-in for dist/ui.html, only to test the relay: it
// announces READY, shows what LAYERS brings, and on Stylize echoes the
// content export (at the output size) back as the result.
const STAND_IN_UI = `<!doctype html><html><body>
<p id="origin"></p><p id="layers">waiting</p><p id="status"></p>
<button id="stylize">Stylize</button>
<script>
var layers = null
var send = function (m) { parent.postMessage({ pluginMessage: m }, '*') }
var show = function (id, text) { document.getElementById(id).textContent = text }
// self.origin is the document's security origin: "null" when sandboxed.
show('origin', 'origin: ' + self.origin)
window.addEventListener('message', function (event) {
  var m = event.data.pluginMessage
  if (m.type === 'LAYERS') {
    layers = m
    var bytes = m.contents[0].thumbnail instanceof Uint8Array
    show('layers', 'Content: ' + m.contents[0].name + ', style: ' +
      m.styles[0].name + ', thumbnail ' + (bytes ? 'Uint8Array' : 'missing'))
  }
  if (m.type === 'RUN_IMAGES') {
    var png = m.content.png
    if (!(png instanceof Uint8Array)) return show('status', 'no bytes')
    var style = layers.styles[0]
    send({ type: 'WRITE_RESULT', runId: m.runId, png: png,
      width: m.output.width, height: m.output.height,
      record: { version: 1, contentId: layers.contents[0].id,
        styles: [{ layerId: style.id, name: style.name, weight: 100 }],
        settings: {}, resolution: 1 } })
  }
  if (m.type === 'RUN_WRITTEN') show('status', 'Written: ' + m.layerName)
  if (m.type === 'ERROR') show('status', 'Error: ' + m.message)
})
document.getElementById('stylize').onclick = function () {
  send({ type: 'START_RUN', runId: 'run-1', contentId: layers.contents[0].id,
    size: 40, resolution: 1 })
}
window.sendJunk = function () {
  send({ type: 'START_RUN', runId: 7, contentId: 'x', size: 24, resolution: 1 })
}
send({ type: 'READY' })
</script></body></html>`

function buildDocument(fake: FakeFigma): FakeFrame {
  const page = fake.currentPage
  const frame = addLayer(fake, page, 'FRAME', {
    name: 'Home',
    x: 10,
    y: 20,
    width: 40,
    height: 30,
    fills: [solidPaint('#ffffff')]
  })
  addLayer(fake, frame, 'RECTANGLE', {
    name: 'Button',
    x: 5,
    y: 5,
    width: 20,
    height: 10,
    fills: [solidPaint('#3366ff')]
  })
  const png = makePng(8, 8, (x, y) => [x * 32, y * 32, 128, 255])
  const style = addLayer(fake, page, 'RECTANGLE', {
    name: 'Texture',
    x: 100,
    width: 16,
    height: 16,
    fills: [imagePaint(fake.images.create(png).hash)]
  })
  page.data.selection = [frame, style]
  return frame
}

test('the relay carries messages and bytes both ways, origin null', async () => {
  const harness = await startHarnessAsync({
    uiHtml: STAND_IN_UI,
    setup: (fake) => void buildDocument(fake),
    timeoutMs: 60_000
  })
  try {
    await harness.waitForTextAsync('origin: null')
    await harness.waitForTextAsync(
      'Content: Home, style: Texture, thumbnail Uint8Array'
    )
    await harness.clickButtonAsync('Stylize')
    await harness.waitForTextAsync('Written: Stylized - Texture')

    const [home] = harness.readDocument()[0].children
    const result = home.children[home.children.length - 1]
    assert.deepEqual(
      [result.name, result.x, result.y, result.width, result.height],
      ['Stylized - Texture', 0, 0, 40, 30]
    )
    const hash = (result.fills as ImagePaint[])[0].imageHash as string
    const written = harness.fake.images.readPixels(hash)
    assert.deepEqual([written.width, written.height], [40, 30])
    assert.deepEqual(harness.errors, [])
  } finally {
    await harness.closeAsync()
  }
})

test('a malformed message from the UI comes back as an ERROR', async () => {
  const harness = await startHarnessAsync({
    uiHtml: STAND_IN_UI,
    setup: (fake) => void buildDocument(fake),
    timeoutMs: 60_000
  })
  try {
    await harness.waitForTextAsync(/^Content: Home/)
    const before = harness.readDocument()
    const mark = harness.countSandboxMessages()
    // Posted from the UI's own script, the relay's path, without a click:
    // a click landing on the Stylize button beside it would start a run.
    await harness.evaluateInUiAsync('window.sendJunk()')
    const error = await harness.waitForSandboxMessageAsync('ERROR', {
      since: mark
    })
    assert.match(String(error.message), /START_RUN\.runId/)
    await harness.waitForTextAsync(/^Error: The plugin window sent/)
    assert.deepEqual(harness.readDocument(), before)
    assert.equal(await harness.evaluateInUiAsync<string>('document.title'), '')
  } finally {
    await harness.closeAsync()
  }
})

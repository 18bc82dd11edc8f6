import { exposeNode } from './expose-node'
import type { FakeFigma } from './fake-figma'

/**
 * The part of Figma's `figma` global that the sandbox uses, with Figma's
 * own signatures: a call the real API would not accept fails to compile.
 */
export type FakePluginApi = Pick<
  PluginAPI,
  | 'showUI'
  | 'notify'
  | 'commitUndo'
  | 'createImage'
  | 'createRectangle'
  | 'getNodeByIdAsync'
  | 'on'
  | 'off'
  | 'mixed'
  | 'currentPage'
  | 'clientStorage'
  | 'command'
  | 'closePlugin'
> & {
  readonly ui: Pick<
    UIAPI,
    'postMessage' | 'onmessage' | 'on' | 'off' | 'resize'
  >
}

type Listener = (...args: never[]) => unknown

export function createFakeApi(fake: FakeFigma): FakePluginApi {
  return {
    showUI: (html: string, options?: ShowUIOptions) =>
      fake.showUi(html, options),
    get ui() {
      return fake.ui
    },
    get command() {
      // Figma documents the command as undefined for a plain launch of a
      // plugin without menu commands, though its type says string.
      return fake.command as string
    },
    clientStorage: fake.clientStorage,
    closePlugin: (message?: string) => fake.closePlugin(message),
    notify: (message: string, options?: NotificationOptions) =>
      fake.notify(message, options),
    commitUndo: () => fake.commitUndo(),
    createImage: (data: Uint8Array) => {
      fake.assertOpen('createImage')
      return fake.images.create(data)
    },
    createRectangle: () => {
      fake.assertOpen('createRectangle')
      return exposeNode<RectangleNode>(fake.createRectangle())
    },
    getNodeByIdAsync: async (id: string) => fake.findNodeById(id),
    on: (type: string, callback: Listener) => fake.addListener(type, callback),
    off: (type: string, callback: Listener) =>
      fake.removeListener(type, callback),
    mixed: fake.mixed as PluginAPI['mixed'],
    get currentPage() {
      return exposeNode<PageNode>(fake.currentPage)
    },
    set currentPage(_page: PageNode) {
      throw new Error(
        'Setting figma.currentPage is not supported with ' +
          'documentAccess: dynamic-page; use figma.setCurrentPageAsync'
      )
    }
  }
}

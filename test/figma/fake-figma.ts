import { checkValue } from './check-value'
import { createFakeApi, type FakePluginApi } from './create-fake-api'
import { exposeNode } from './expose-node'
import type { FakeBaseNode } from './fake-base-node'
import { attachChild } from './fake-children'
import { FakeClientStorage } from './fake-client-storage'
import { FakeImageStore } from './fake-image-store'
import { FakeDocument, FakePage } from './fake-page'
import { FakeRectangle } from './fake-shapes'
import { FakeScheduler } from './fake-scheduler'
import { FakeUi } from './fake-ui'
import { FakeUndoHistory } from './fake-undo-history'
import type { FakeWorld } from './fake-world'
import { snapshotDocument, type PageSnapshot } from './snapshot-document'

export interface Notification {
  message: string
  options: NotificationOptions | undefined
}

type Listener = (...args: never[]) => unknown

const EVENTS = ['selectionchange', 'currentpagechange', 'close']

/**
 * An in-process Figma: `api` is what the plugin sees as `figma`; the rest
 * is for tests, to build documents, act as the designer and the UI, and
 * read what the plugin did. Building and driving live in FakeDocumentKit.
 */
export class FakeFigma implements FakeWorld {
  readonly images = new FakeImageStore()
  readonly mixed = Symbol('figma.mixed')
  readonly document: FakeDocument
  readonly api: FakePluginApi
  readonly ui: FakeUi
  readonly notifications: Notification[] = []
  /** Messages the plugin posted to the UI, as the UI receives them. */
  readonly postedToUi: unknown[] = []
  readonly shownUi: Array<{ html: string; options?: ShowUIOptions }> = []
  undoCommits = 0
  /** Outlives the plugin: it is Figma's, kept per plugin on this machine. */
  readonly clientStorage = new FakeClientStorage()
  /** figma.command of the next launch: '' or a relaunch button's command. */
  command: string | undefined = undefined
  /** Set by closePlugin until the next showUI. */
  closed = false
  /**
   * Copies a message into the plugin's realm. Figma's sandbox is a realm
   * of its own; the vm loader replaces this so that a Uint8Array arrives
   * as the sandbox's own Uint8Array.
   */
  importToSandbox: (value: unknown) => unknown = (value) =>
    structuredClone(value)

  private page: FakePage
  private lastId = 0
  private selectionChangeScheduled = false
  private readonly nodes = new Map<string, FakeBaseNode>()
  private readonly listeners = new Map<string, Listener[]>()
  private readonly uiListeners = new Set<(message: unknown) => void>()
  private readonly scheduler = new FakeScheduler()
  private readonly history = new FakeUndoHistory(
    () => this.nodes.values(),
    () => JSON.stringify(this.snapshot())
  )

  constructor() {
    this.document = new FakeDocument(this, 'Document', '0:0')
    this.page = this.addPage('Page 1')
    this.ui = new FakeUi((message) => this.postToUi(message))
    this.api = createFakeApi(this)
  }

  get currentPage(): FakePage {
    return this.page
  }

  addPage(name: string): FakePage {
    const page = new FakePage(this, name, this.createId('0:'))
    attachChild(this.document, page)
    return page
  }

  createId(prefix = '1:'): string {
    this.lastId += 1
    return `${prefix}${this.lastId}`
  }

  register(node: FakeBaseNode): void {
    this.nodes.set(node.id, node)
  }

  findNode(id: string): FakeBaseNode | undefined {
    return this.nodes.get(id)
  }

  /** As figma.getNodeByIdAsync: null for unknown and deleted nodes. */
  findNodeById(id: string): BaseNode | null {
    checkValue(typeof id === 'string', 'getNodeByIdAsync', 'a string id')
    const node = this.nodes.get(id)
    return node === undefined || node.removed
      ? null
      : exposeNode<BaseNode>(node)
  }

  /** As figma.createRectangle: 100 × 100, grey, on the current page. */
  createRectangle(): FakeRectangle {
    const rectangle = new FakeRectangle(this, 'Rectangle')
    rectangle.data.fills = Object.freeze([
      Object.freeze({
        type: 'SOLID',
        color: Object.freeze({ r: 0.85, g: 0.85, b: 0.85 })
      }) as SolidPaint
    ])
    attachChild(this.page, rectangle)
    return rectangle
  }

  showUi(html: string, options?: ShowUIOptions): void {
    checkValue(typeof html === 'string', 'showUI', 'an HTML string')
    this.closed = false
    this.shownUi.push({ html, options })
  }

  /**
   * As figma.closePlugin, or the designer closing the window: 'close'
   * listeners run at once, then the plugin's handlers are gone and every
   * API call throws; a message the UI had sent is never delivered.
   */
  closePlugin(message?: string): void {
    this.assertOpen('closePlugin')
    if (message !== undefined) this.notify(message)
    for (const listener of this.listeners.get('close') ?? []) listener()
    this.closed = true
    this.listeners.clear()
    this.ui.clear()
  }

  /** Figma disables its API once the plugin closed. */
  assertOpen(where: string): void {
    if (this.closed) {
      throw new Error(`in ${where}: The plugin has been closed`)
    }
  }

  notify(message: string, options?: NotificationOptions): NotificationHandler {
    this.assertOpen('notify')
    checkValue(typeof message === 'string', 'notify', 'a string')
    this.notifications.push({ message, options })
    return { cancel: () => undefined }
  }

  // Events.

  addListener(type: string, callback: Listener): void {
    if (!EVENTS.includes(type)) {
      throw new Error(`fake: figma.on('${type}') is not implemented`)
    }
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), callback])
  }

  removeListener(type: string, callback: Listener): void {
    const listeners = this.listeners.get(type) ?? []
    this.listeners.set(
      type,
      listeners.filter((l) => l !== callback)
    )
  }

  /**
   * Figma fires selectionchange later, once for several changes, and only
   * to a plugin that is running.
   */
  handleSelectionSet(page: FakeBaseNode): void {
    if (this.closed) return
    if (page !== this.page || this.selectionChangeScheduled) return
    this.selectionChangeScheduled = true
    this.scheduler.schedule(() => {
      this.selectionChangeScheduled = false
      return this.emit('selectionchange')
    })
  }

  /** Deleted layers, and those moved to another page, leave selections. */
  handleRemoval(): void {
    for (const page of this.document.data.children as FakeBaseNode[]) {
      const kept = page.data.selection.filter(
        (node) => !node.removed && (page as FakePage).holds(node)
      )
      if (kept.length === page.data.selection.length) continue
      page.data.selection = kept
      this.handleSelectionSet(page)
    }
  }

  emit(type: string): Promise<unknown> {
    const listeners = this.listeners.get(type) ?? []
    return Promise.all(listeners.map((listener) => listener()))
  }

  // Messages.

  private postToUi(message: unknown): void {
    this.assertOpen('postMessage')
    if (this.shownUi.length === 0) {
      throw new Error('in postMessage: the plugin has no UI; call showUI')
    }
    const copy = structuredClone(message)
    this.postedToUi.push(copy)
    for (const listener of this.uiListeners) listener(copy)
  }

  /** Calls the listener with every message the plugin posts to the UI. */
  onPostToUi(listener: (message: unknown) => void): () => void {
    this.uiListeners.add(listener)
    return () => this.uiListeners.delete(listener)
  }

  /** As the UI's parent.postMessage({ pluginMessage: message }, '*'). */
  sendFromUi(message: unknown): void {
    const copy = this.importToSandbox(message)
    this.scheduler.schedule(() =>
      this.closed
        ? undefined
        : Promise.all(
            this.ui.listHandlers().map((handler) =>
              (handler as (...args: unknown[]) => unknown)(copy, {
                origin: 'null'
              })
            )
          )
    )
  }

  /** Sends, waits until the plugin is idle, returns what it posted back. */
  async sendFromUiAsync(message: unknown): Promise<unknown[]> {
    const mark = this.postedToUi.length
    this.sendFromUi(message)
    await this.settleAsync()
    return this.postedToUi.slice(mark)
  }

  /** Waits until no event, message or handler of the plugin is pending. */
  settleAsync(): Promise<void> {
    return this.scheduler.settleAsync()
  }

  // The designer.

  /** Selects as the designer would, then waits for the plugin. */
  async selectAsync(nodes: FakeBaseNode[]): Promise<void> {
    this.page.selection = nodes.map((node) => exposeNode(node))
    await this.settleAsync()
  }

  /** Deletes a layer as the designer would, then waits for the plugin. */
  async deleteAsync(node: FakeBaseNode): Promise<void> {
    node.remove()
    await this.settleAsync()
  }

  /** Moves a layer to the top of another page, as cut and paste would. */
  async moveToPageAsync(node: FakeBaseNode, page: FakePage): Promise<void> {
    if (node.data.parent === page) throw new Error('fake: already there')
    page.appendChild(exposeNode(node))
    this.handleRemoval()
    await this.settleAsync()
  }

  async switchPageAsync(page: FakePage): Promise<void> {
    this.page = page
    this.scheduler.schedule(() => this.emit('currentpagechange'))
    this.handleSelectionSet(page)
    await this.settleAsync()
  }

  // Undo.

  /** The state one undo too many would return to: the plugin's start. */
  captureUndoBaseline(): void {
    this.history.reset()
  }

  commitUndo(): void {
    this.assertOpen('commitUndo')
    this.undoCommits += 1
    this.history.commit()
  }

  /** As Cmd+Z: reverts what was done since the last commitUndo. */
  undo(): void {
    this.history.revert()
    this.handleRemoval()
  }

  snapshot(): PageSnapshot[] {
    return snapshotDocument(this.document)
  }
}

import { checkValue } from './check-value'

type UiKeys = 'postMessage' | 'onmessage' | 'on' | 'off' | 'resize'

/** figma.ui: messages both ways; the fake Figma decides where they go. */
export class FakeUi implements Pick<UIAPI, UiKeys> {
  onmessage: MessageEventHandler | undefined = undefined
  /** The window's size as last set by figma.ui.resize, or null. */
  size: { width: number; height: number } | null = null
  private readonly handlers: MessageEventHandler[] = []

  constructor(private readonly post: (message: unknown) => void) {}

  postMessage(pluginMessage: unknown, options?: UIPostMessageOptions): void {
    checkValue(
      options === undefined || typeof options === 'object',
      'postMessage',
      'options as an object'
    )
    this.post(pluginMessage)
  }

  resize(width: number, height: number): void {
    checkValue(
      Number.isFinite(width) && Number.isFinite(height),
      'figma.ui.resize',
      'a finite width and height'
    )
    this.size = { width, height }
  }

  /** As Figma drops the plugin's handlers when it closes. */
  clear(): void {
    this.onmessage = undefined
    this.handlers.length = 0
  }

  on(type: 'message', callback: MessageEventHandler): void {
    checkValue(type === 'message', 'figma.ui.on', '"message"')
    this.handlers.push(callback)
  }

  off(type: 'message', callback: MessageEventHandler): void {
    checkValue(type === 'message', 'figma.ui.off', '"message"')
    const index = this.handlers.indexOf(callback)
    if (index !== -1) this.handlers.splice(index, 1)
  }

  /** Every handler a message from the UI goes to. */
  listHandlers(): MessageEventHandler[] {
    return this.onmessage === undefined
      ? this.handlers.slice()
      : [this.onmessage, ...this.handlers]
  }
}

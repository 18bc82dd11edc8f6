import { checkValue } from './check-value'

type UiKeys = 'postMessage' | 'onmessage' | 'on' | 'off'

/** figma.ui: messages both ways; the fake Figma decides where they go. */
export class FakeUi implements Pick<UIAPI, UiKeys> {
  onmessage: MessageEventHandler | undefined = undefined
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

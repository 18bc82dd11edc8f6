import assert from 'node:assert/strict'
import type { FrameLocator, Locator } from 'playwright-core'

import type { UiToMainMessage } from '../../src/contract/messages'
import type { OpenUi } from './open-ui-async'

export type Posted<T extends UiToMainMessage['type']> = Extract<
  UiToMainMessage,
  { type: T }
>

export function lastOf(messages: UiToMainMessage[]): UiToMainMessage {
  const last = messages.at(-1)
  assert.ok(last !== undefined, 'the UI posted nothing')
  return last
}

/** Waits until the UI has posted `count` messages of `type`; returns them. */
export async function waitForTypeAsync<T extends UiToMainMessage['type']>(
  open: OpenUi,
  type: T,
  count = 1
): Promise<Posted<T>[]> {
  await open.page.waitForFunction(
    ([t, n]) =>
      (
        window as unknown as { posted: { pluginMessage: { type: string } }[] }
      ).posted.filter((d) => d.pluginMessage?.type === t).length >= n,
    [type, count] as const,
    { timeout: 120_000 }
  )
  const posted = await open.postedAsync()
  return posted.filter((m): m is Posted<T> => m.type === type)
}

export async function openAdvancedAsync(ui: FrameLocator): Promise<void> {
  const advanced = ui.getByRole('checkbox', { name: 'Advanced' })
  if (!(await advanced.isChecked())) await advanced.click()
}

/**
 * The smallest run the engine takes in a few seconds on WebAssembly: the
 * tests check the messages around a run, not how it looks.
 */
export async function setTinyRunAsync(ui: FrameLocator): Promise<void> {
  await openAdvancedAsync(ui)
  await ui.getByLabel('Working size (long side, px)').fill('32')
  await ui.getByLabel('Steps', { exact: true }).fill('2')
}

/** Waits until an input shows `value` (a message's effect lands later). */
export async function waitForValueAsync(
  input: Locator,
  value: string
): Promise<void> {
  for (let tries = 0; (await input.inputValue()) !== value; tries++) {
    if (tries === 100) assert.equal(await input.inputValue(), value)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

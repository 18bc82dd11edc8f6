import assert from 'node:assert/strict'
import type { ExportedImage } from '../../src/contract/messages'
import { parseMainToUiMessage } from '../../src/contract/parse-message'
import type { FakeFigma } from '../figma/fake-figma'
import { makePng } from '../figma/make-png'

type Message = Record<string, unknown> & { type: string }

/** The one message of this type among replies; fails on none or several. */
export function findMessage(replies: unknown[], type: string): Message {
  const found = (replies as Message[]).filter((m) => m.type === type)
  assert.equal(found.length, 1, `one ${type} in ${describe(replies)}`)
  return found[0]
}

export function describe(replies: unknown[]): string {
  return (replies as Message[]).map((m) => m.type).join(', ') || 'nothing'
}

/** Sends READY and returns the LAYERS reply. */
export async function readyAsync(fake: FakeFigma): Promise<Message> {
  return findMessage(await fake.sendFromUiAsync({ type: 'READY' }), 'LAYERS')
}

export interface RunImages {
  content: ExportedImage
  style: ExportedImage
}

/** Starts a run and returns its images; fails if it was refused. */
export async function startRunAsync(
  fake: FakeFigma,
  runId = 'run-1',
  size = 32
): Promise<RunImages> {
  const replies = await fake.sendFromUiAsync({ type: 'START_RUN', runId, size })
  return findMessage(replies, 'RUN_IMAGES') as unknown as RunImages
}

/** A stand-in for the engine's output: a plain colour at the given size. */
export function makeResultPng(width: number, height: number): Uint8Array {
  return makePng(width, height, (x) => [200, 40, x * 8, 255])
}

/** Answers a run with a result the size of its content image. */
export async function writeResultAsync(
  fake: FakeFigma,
  images: RunImages,
  runId = 'run-1'
): Promise<unknown[]> {
  const { width, height } = images.content
  return fake.sendFromUiAsync({
    type: 'WRITE_RESULT',
    runId,
    png: makeResultPng(width, height),
    width,
    height
  })
}

/**
 * What every test ends with: each message to the UI follows the
 * contract, and each notification fits in figma.notify's 100 characters.
 */
export function assertPluginBehaved(fake: FakeFigma): void {
  for (const message of fake.postedToUi) parseMainToUiMessage(message)
  for (const { message } of fake.notifications) {
    assert.ok(message.length <= 100, `notification too long: ${message}`)
  }
}

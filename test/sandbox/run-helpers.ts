import assert from 'node:assert/strict'
import type {
  ExportedImage,
  LayerSummary,
  RunRecord
} from '../../src/contract/messages'
import { parseMainToUiMessage } from '../../src/contract/parse-message'
import { FakeFigma } from '../figma/fake-figma'
import { makePng } from '../figma/make-png'
import { buildTestDocument } from './build-test-document'
import { launchPluginAsync } from './launch-plugin-async'

type Message = Record<string, unknown> & { type: string }

export interface Layers {
  type: 'LAYERS'
  contents: LayerSummary[]
  styles: LayerSummary[]
  problem: string | null
}

/** The one message of this type among replies; fails on none or several. */
export function findMessage(replies: unknown[], type: string): Message {
  const found = (replies as Message[]).filter((m) => m.type === type)
  assert.equal(found.length, 1, `one ${type} in ${describe(replies)}`)
  return found[0]
}

export function describe(replies: unknown[]): string {
  return (replies as Message[]).map((m) => m.type).join(', ') || 'nothing'
}

/** The content ids and style ids of a LAYERS message. */
export function idsOf(layers: unknown): [string[], string[]] {
  const { contents, styles } = layers as Layers
  return [contents.map((l) => l.id), styles.map((l) => l.id)]
}

/** The latest LAYERS the plugin posted. */
export function lastLayers(fake: FakeFigma): Layers {
  const all = fake.postedToUi as Message[]
  return all.filter((m) => m.type === 'LAYERS').at(-1) as unknown as Layers
}

/** Sends READY and returns the LAYERS reply. */
export async function readyAsync(fake: FakeFigma): Promise<Layers> {
  const replies = await fake.sendFromUiAsync({ type: 'READY' })
  return findMessage(replies, 'LAYERS') as unknown as Layers
}

type TestDocument = ReturnType<typeof buildTestDocument>

/**
 * The test document with one of its layers and the texture selected, the
 * plugin launched on it and READY answered. `arrange` changes the
 * document before the launch.
 */
export async function launchOnLayerAsync(
  pick: 'home' | 'badge' | 'cluster' | 'card' | 'cardInstance',
  arrange?: (fake: FakeFigma, doc: TestDocument) => void
): Promise<TestDocument & { fake: FakeFigma }> {
  const fake = new FakeFigma()
  const doc = buildTestDocument(fake)
  arrange?.(fake, doc)
  doc.page.data.selection = [doc[pick], doc.texture]
  await launchPluginAsync(fake)
  await readyAsync(fake)
  return { fake, ...doc }
}

export interface RunImages {
  runId: string
  contentId: string
  content: ExportedImage
  styles: Array<{ layerId: string; image: ExportedImage }>
  output: { width: number; height: number }
}

export interface RunOptions {
  runId?: string
  size?: number
  resolution?: number
  /** By default the first content of the latest LAYERS. */
  contentId?: string
}

/** Starts a run and returns its images; fails if it was refused. */
export async function startRunAsync(
  fake: FakeFigma,
  options: RunOptions = {}
): Promise<RunImages> {
  const contentId = options.contentId ?? lastLayers(fake).contents[0].id
  const replies = await fake.sendFromUiAsync(startRunMessage(fake, options))
  const images = findMessage(replies, 'RUN_IMAGES') as unknown as RunImages
  return { ...images, contentId }
}

export function startRunMessage(fake: FakeFigma, options: RunOptions = {}) {
  return {
    type: 'START_RUN',
    runId: options.runId ?? 'run-1',
    contentId: options.contentId ?? lastLayers(fake).contents[0].id,
    size: options.size ?? 32,
    resolution: options.resolution ?? 1
  }
}

/** The record the UI would send for this run; a file style if no layers. */
export function makeRecord(images: RunImages): RunRecord {
  const layers = images.styles.map((s) => ({
    layerId: s.layerId as string | null,
    name: `Layer ${s.layerId}`,
    weight: Math.round(100 / images.styles.length)
  }))
  return {
    version: 1,
    contentId: images.contentId,
    styles:
      layers.length > 0
        ? layers
        : [{ layerId: null, name: 'Upload', weight: 100 }],
    settings: { steps: 100, styleWeight: 5 },
    resolution: 1
  }
}

/** A stand-in for the engine's output: a plain colour at the given size. */
export function makeResultPng(width: number, height: number): Uint8Array {
  return makePng(width, height, (x) => [200, 40, x * 8, 255])
}

/** The WRITE_RESULT answering a run, at its output size. */
export function writeResultMessage(images: RunImages) {
  const { width, height } = images.output
  return {
    type: 'WRITE_RESULT',
    runId: images.runId,
    png: makeResultPng(width, height),
    width,
    height,
    record: makeRecord(images)
  }
}

/** Answers a run with a result of its output size. */
export async function writeResultAsync(
  fake: FakeFigma,
  images: RunImages
): Promise<unknown[]> {
  return fake.sendFromUiAsync(writeResultMessage(images))
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

// The state of a batch of runs, as the window and its hook share it.
import type { MainToUiMessage } from '../../src/contract/messages'
import type {
  RgbaImage,
  StylizeProgress,
  StylizeSettings
} from '../engine/types'
import type { ChosenStyle } from '../utilities/chosen-style'
import { createRunId } from '../utilities/create-run-id'

export type RunPhase =
  'idle' | 'exporting' | 'running' | 'writing' | 'done' | 'cancelled' | 'failed'

export interface RunState {
  phase: RunPhase
  progress: StylizeProgress | null
  preview: RgbaImage | null
  /** The current frame's content as exported, to compare the preview with. */
  content: RgbaImage | null
  /** The frame under way, counted from 1, or null before the first. */
  frame: { index: number; total: number } | null
  /** What came of the batch: done, cancelled or why it failed. */
  message: string | null
}

/** What Stylize runs: every content with the same styles and settings. */
export interface RunJob {
  contentIds: string[]
  styles: ChosenStyle[]
  settings: StylizeSettings
  resolution: number
}

export type RunMessage = Extract<
  MainToUiMessage,
  { type: 'RUN_IMAGES' | 'RUN_WRITTEN' | 'RUN_REFUSED' }
>
export type RunImages = Extract<RunMessage, { type: 'RUN_IMAGES' }>

/** One content's run: one START_RUN, one runId. */
export interface Frame {
  runId: string
  contentId: string
  controller: AbortController
  started: boolean
  writing: boolean
}

export interface Batch {
  job: RunJob
  index: number
  written: number
  frame: Frame
  /** Cancel came while a result was being written: stop after it. */
  stopAfterWrite: boolean
}

export const IDLE: RunState = {
  phase: 'idle',
  progress: null,
  preview: null,
  content: null,
  frame: null,
  message: null
}

export function createFrame(contentId: string): Frame {
  return {
    runId: createRunId(),
    contentId,
    controller: new AbortController(),
    started: false,
    writing: false
  }
}

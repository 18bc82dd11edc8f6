import { useCallback, useRef, useState } from 'preact/hooks'

import { RUN_RECORD_VERSION } from '../../src/contract/messages'
import { CancelledError } from '../engine/errors'
import type { EngineStatus } from '../runtime/prepare-engine-async'
import { postToMain } from '../bridge/post-to-main'
import {
  createFrame,
  IDLE,
  type Batch,
  type Frame,
  type RunImages,
  type RunJob,
  type RunMessage,
  type RunPhase,
  type RunState
} from './run-batch'
import {
  describeCancelled,
  describeDone,
  describeFailed
} from '../utilities/describe-batch-outcome'
import { describeError } from '../utilities/describe-error'
import { stylizeExportedAsync } from '../utilities/stylize-exported-async'

const ADVICE = 'Stylize failed, so nothing was changed; try a smaller size.'

/** Runs the contents one after another; one batch at a time. */
export function useStylizeBatch(onBackendChange: (s: EngineStatus) => void) {
  const [state, setState] = useState<RunState>(IDLE)
  const current = useRef<Batch | null>(null)

  const finish = useCallback((phase: RunPhase, message: string) => {
    current.current = null
    const keepPreview = phase === 'done'
    setState((s) => ({
      ...s,
      phase,
      message,
      preview: keepPreview ? s.preview : null
    }))
  }, [])

  const startFrame = useCallback((batch: Batch) => {
    const { frame, index } = batch
    const total = batch.job.contentIds.length
    setState((s) => ({
      ...IDLE,
      // The last frame's result stays in view until the next one starts.
      preview: s.preview,
      content: s.content,
      phase: 'exporting',
      frame: { index: index + 1, total }
    }))
    postToMain({
      type: 'START_RUN',
      runId: frame.runId,
      contentId: frame.contentId,
      size: batch.job.settings.size,
      resolution: batch.job.resolution
    })
  }, [])

  const failFrame = useCallback(
    (batch: Batch, frame: Frame, error: unknown) => {
      // A cancelled or refused frame has already been ended.
      if (current.current !== batch || batch.frame !== frame) {
        if (error instanceof CancelledError) return
        throw error
      }
      const message = describeError(error, ADVICE)
      postToMain({
        type: 'RUN_ENDED',
        runId: frame.runId,
        outcome: 'failed',
        message
      })
      const total = batch.job.contentIds.length
      finish('failed', describeFailed(message, batch.written, total))
    },
    [finish]
  )

  const stylizeFrameAsync = useCallback(
    async (batch: Batch, frame: Frame, images: RunImages) => {
      const isCurrent = () => current.current === batch && batch.frame === frame
      const { job } = batch
      const result = await stylizeExportedAsync(
        images,
        job.styles,
        job.settings,
        {
          signal: frame.controller.signal,
          onBackendChange,
          onContent: (content) => {
            if (isCurrent()) setState((s) => ({ ...s, content }))
          },
          onProgress: (progress) => {
            if (isCurrent()) setState((s) => ({ ...s, progress }))
          },
          onPreview: (preview) => {
            if (isCurrent()) setState((s) => ({ ...s, preview }))
          }
        }
      )
      if (!isCurrent()) return
      frame.writing = true
      setState((s) => ({ ...s, phase: 'writing', preview: result.image }))
      postToMain({
        type: 'WRITE_RESULT',
        runId: frame.runId,
        ...result.png,
        record: {
          version: RUN_RECORD_VERSION,
          contentId: frame.contentId,
          styles: result.styles,
          settings: { ...job.settings },
          resolution: job.resolution
        }
      })
    },
    [onBackendChange]
  )

  const startBatch = useCallback(
    (job: RunJob) => {
      if (current.current !== null || job.contentIds.length === 0) return
      const batch: Batch = {
        job,
        index: 0,
        written: 0,
        frame: createFrame(job.contentIds[0]),
        stopAfterWrite: false
      }
      current.current = batch
      setState(IDLE)
      startFrame(batch)
    },
    [startFrame]
  )

  const cancelBatch = useCallback(() => {
    const batch = current.current
    if (batch === null) return
    const { frame } = batch
    // Once a result is sent the sandbox writes it; the batch stops after.
    if (frame.writing) {
      batch.stopAfterWrite = true
      return
    }
    frame.controller.abort()
    const total = batch.job.contentIds.length
    const message = describeCancelled(batch.written, total)
    postToMain({
      type: 'RUN_ENDED',
      runId: frame.runId,
      outcome: 'cancelled',
      message
    })
    finish('cancelled', message)
  }, [finish])

  const handleWritten = useCallback(
    (batch: Batch, layerName: string) => {
      batch.written += 1
      const total = batch.job.contentIds.length
      if (batch.stopAfterWrite) {
        finish('cancelled', describeCancelled(batch.written, total))
      } else if (batch.index + 1 < total) {
        batch.index += 1
        batch.frame = createFrame(batch.job.contentIds[batch.index])
        startFrame(batch)
      } else {
        finish('done', describeDone(total, layerName))
      }
    },
    [finish, startFrame]
  )

  const handleRunMessage = useCallback(
    (message: RunMessage) => {
      const batch = current.current
      const frame = batch?.frame
      // Replies about a frame that was cancelled or replaced change nothing.
      if (!batch || !frame || frame.runId !== message.runId) return
      if (message.type === 'RUN_IMAGES' && !frame.started) {
        frame.started = true
        setState((s) => ({ ...s, phase: 'running' }))
        stylizeFrameAsync(batch, frame, message).catch((error) =>
          failFrame(batch, frame, error)
        )
      } else if (message.type === 'RUN_WRITTEN' && frame.writing) {
        handleWritten(batch, message.layerName)
      } else if (message.type === 'RUN_REFUSED') {
        frame.controller.abort()
        const total = batch.job.contentIds.length
        finish('failed', describeFailed(message.message, batch.written, total))
      }
    },
    [failFrame, finish, handleWritten, stylizeFrameAsync]
  )

  return { state, startBatch, cancelBatch, handleRunMessage }
}

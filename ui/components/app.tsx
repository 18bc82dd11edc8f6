import { Button, Divider, useWindowKeyDown } from '@create-figma-plugin/ui'
import { useCallback, useEffect, useState } from 'preact/hooks'

import type { LayerSummary, MainToUiMessage } from '../../src/contract/messages'
import type { MessageError } from '../../src/contract/parse-message'
import { listenToMain } from '../bridge/listen-to-main'
import { postToMain } from '../bridge/post-to-main'
import { describeError } from '../utilities/describe-error'
import { Alerts } from './alerts'
import styles from './app.module.css'
import { EngineLine } from './engine-line'
import { isRunBusy } from './is-run-busy'
import { LayerCard } from './layer-card'
import { PreviewCanvas } from './preview-canvas'
import { ProgressBar } from './progress-bar'
import { RunStatus } from './run-status'
import { SettingsPanel } from './settings-panel'
import { StyleCandidates } from './style-candidates'
import { useEngineStatus } from './use-engine-status'
import { useSettingsForm } from './use-settings-form'
import { useStylizeRun } from './use-stylize-run'

type Layers = Extract<MainToUiMessage, { type: 'LAYERS' }>

const NO_LAYERS: Layers = {
  type: 'LAYERS',
  content: null,
  style: null,
  problem: null
}

/** The whole plugin window. */
export function App() {
  const [layers, setLayers] = useState<Layers>(NO_LAYERS)
  const [candidates, setCandidates] = useState<LayerSummary[]>([])
  // The sandbox's last ERROR or a message that broke the contract; kept
  // until the designer acts again, since a LAYERS may follow at once.
  const [notice, setNotice] = useState<string | null>(null)
  const engine = useEngineStatus()
  const form = useSettingsForm()
  const {
    state: run,
    startRun,
    cancelRun,
    handleRunMessage
  } = useStylizeRun(engine.setStatus)
  const busy = isRunBusy(run.phase)
  const ready =
    layers.content !== null && layers.style !== null && layers.problem === null
  const canStylize = ready && !busy && form.settings !== null

  const handleMessage = useCallback(
    (message: MainToUiMessage) => {
      switch (message.type) {
        case 'LAYERS':
          return setLayers(message)
        case 'STYLE_CANDIDATES':
          return setCandidates(message.layers)
        case 'ERROR':
          return setNotice(message.message)
        default:
          return handleRunMessage(message)
      }
    },
    [handleRunMessage]
  )
  const handleMessageError = useCallback((error: MessageError) => {
    const advice = 'The plugin got a message it cannot read; reopen it.'
    setNotice(describeError(error, advice))
  }, [])
  useEffect(() => {
    const stopListening = listenToMain(handleMessage, handleMessageError)
    postToMain({ type: 'READY' })
    return stopListening
  }, [handleMessage, handleMessageError])

  function handleStylizeClick(): void {
    if (!canStylize || form.settings === null) return
    setNotice(null)
    startRun(form.settings)
  }
  function handleEnterKeyDown(event: KeyboardEvent): void {
    // Enter on a button or a checkbox is that control's own click.
    const target = event.target
    if (target instanceof HTMLButtonElement) return
    if (target instanceof HTMLInputElement && target.type === 'checkbox') return
    handleStylizeClick()
  }
  useWindowKeyDown('Enter', handleEnterKeyDown)
  useWindowKeyDown('Escape', cancelRun)
  function handlePinClick(): void {
    setNotice(null)
    postToMain({ type: 'PIN_STYLE_FROM_SELECTION' })
  }
  function handleSwapClick(): void {
    setNotice(null)
    postToMain({ type: 'SWAP' })
  }
  function handleChooseStyle(layerId: string): void {
    setNotice(null)
    postToMain({ type: 'CHOOSE_STYLE', layerId })
  }

  const runError = run.phase === 'failed' ? run.message : null
  return (
    <div class={styles.app}>
      <main class={styles.body}>
        <div class={styles.cards}>
          <LayerCard
            title="Content"
            layer={layers.content}
            placeholder="Select a layer"
          />
          <LayerCard
            title="Style"
            layer={layers.style}
            placeholder="Choose a style"
          />
        </div>
        <div class={styles.actions}>
          <Button secondary disabled={busy} onClick={handlePinClick}>
            Use selection as style
          </Button>
          <Button secondary disabled={busy} onClick={handleSwapClick}>
            Swap
          </Button>
        </div>
        <section aria-label="Image layers on this page">
          <h2 class={styles.heading}>Image layers on this page</h2>
          <StyleCandidates
            layers={candidates}
            chosenId={layers.style?.id ?? null}
            disabled={busy}
            onChoose={handleChooseStyle}
          />
        </section>
        <Divider />
        <SettingsPanel form={form} disabled={busy} />
        {run.preview === null ? null : <PreviewCanvas image={run.preview} />}
      </main>
      <footer class={styles.footer}>
        <Alerts
          problem={layers.problem}
          errors={[notice, engine.error, runError]}
        />
        {busy ? (
          <div class={styles.progress}>
            <ProgressBar
              value={run.progress?.step ?? 0}
              max={run.progress?.totalSteps ?? 1}
            />
          </div>
        ) : null}
        <div class={styles.bar}>
          <div class={styles.lines}>
            <RunStatus run={run} />
            <EngineLine engine={engine} />
          </div>
          {busy ? (
            <Button
              secondary
              disabled={run.phase === 'writing'}
              onClick={cancelRun}
            >
              Cancel
            </Button>
          ) : null}
          <Button disabled={!canStylize} onClick={handleStylizeClick}>
            Stylize
          </Button>
        </div>
      </footer>
    </div>
  )
}

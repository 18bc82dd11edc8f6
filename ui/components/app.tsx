import { Button, Divider, useWindowKeyDown } from '@create-figma-plugin/ui'
import { useState } from 'preact/hooks'

import type {
  LayerSummary,
  MainToUiMessage,
  RunRecord
} from '../../src/contract/messages'
import { postToMain } from '../bridge/post-to-main'
import type { ChosenStyle } from '../utilities/chosen-style'
import { describeError } from '../utilities/describe-error'
import { describeRelaunch } from '../utilities/describe-relaunch'
import { FORM_DEFAULTS } from '../utilities/form-values'
import { mergeStoredSettings } from '../utilities/merge-stored-settings'
import styles from './app.module.css'
import { isRunBusy } from './is-run-busy'
import { LayerCard } from './layer-card'
import { PreviewPanel } from './preview-panel'
import { ResizeGrip } from './resize-grip'
import { RunFooter } from './run-footer'
import { SettingsPanel } from './settings-panel'
import { StyleCandidates } from './style-candidates'
import { StyleList } from './style-list'
import { StyleSources } from './style-sources'
import { useEngineStatus } from './use-engine-status'
import { useFileDrop } from './use-file-drop'
import { useMainMessages } from './use-main-messages'
import { useSaveSettings } from './use-save-settings'
import { useSettingsForm } from './use-settings-form'
import { useStyleChoice } from './use-style-choice'
import { useStylizeBatch } from './use-stylize-batch'

type Layers = Extract<MainToUiMessage, { type: 'LAYERS' }>
type Settings = Extract<MainToUiMessage, { type: 'SETTINGS' }>

const NO_LAYERS: Layers = {
  type: 'LAYERS',
  contents: [],
  styles: [],
  problem: null
}
const NO_WEIGHT = 'Give at least one style a weight above 0.'
const UNREADABLE = 'The plugin got a message it cannot read; reopen it.'

/** The whole plugin window. */
export function App() {
  const [layers, setLayers] = useState<Layers>(NO_LAYERS)
  const [candidates, setCandidates] = useState<LayerSummary[]>([])
  // The sandbox's last ERROR or a message that broke the contract; kept
  // until the designer acts again, since a LAYERS may follow at once.
  const [notice, setNotice] = useState<string | null>(null)
  const [relaunch, setRelaunch] = useState<RunRecord | null>(null)
  const engine = useEngineStatus()
  const form = useSettingsForm()
  const { markSaved } = useSaveSettings(form.values)
  const choice = useStyleChoice(layers.styles)
  const batch = useStylizeBatch(engine.setStatus)
  const run = batch.state
  const busy = isRunBusy(run.phase)
  const weighted = choice.chosen.some((style) => style.weight > 0)
  const ready =
    layers.contents.length > 0 &&
    choice.chosen.length > 0 &&
    weighted &&
    layers.problem === null
  const canStylize = ready && !busy && form.values !== null

  function handleSettings({ stored, relaunch: record }: Settings): void {
    let values = mergeStoredSettings(stored ?? {}, FORM_DEFAULTS)
    if (record !== null) {
      const { settings, resolution } = record
      values = mergeStoredSettings({ ...settings, resolution }, values)
      choice.applyRecordedWeights(record.styles)
    }
    setRelaunch(record)
    form.applyValues(values)
    // What came from storage (or a relaunch) is not a change to save.
    markSaved(values)
  }
  useMainMessages(
    (message) => {
      switch (message.type) {
        case 'LAYERS':
          return setLayers(message)
        case 'STYLE_CANDIDATES':
          return setCandidates(message.layers)
        case 'SETTINGS':
          return handleSettings(message)
        case 'ERROR':
          return setNotice(message.message)
        default:
          return batch.handleRunMessage(message)
      }
    },
    (error) => setNotice(describeError(error, UNREADABLE))
  )

  function handleStylizeClick(): void {
    if (!canStylize || form.values === null) return
    setNotice(null)
    batch.startBatch({
      contentIds: layers.contents.map((layer) => layer.id),
      styles: choice.chosen,
      settings: form.values.settings,
      resolution: form.values.resolution
    })
  }
  function handleEnterKeyDown(event: KeyboardEvent): void {
    // Enter on a button or a checkbox is that control's own click.
    const target = event.target
    if (target instanceof HTMLButtonElement) return
    if (target instanceof HTMLInputElement && target.type === 'checkbox') return
    if (target instanceof HTMLElement && target.role === 'button') return
    handleStylizeClick()
  }
  useWindowKeyDown('Enter', handleEnterKeyDown)
  useWindowKeyDown('Escape', batch.cancelBatch)

  function post(message: Parameters<typeof postToMain>[0]): void {
    setNotice(null)
    postToMain(message)
  }
  function handleFiles(files: File[]): void {
    setNotice(null)
    const addAllAsync = async () => {
      for (const file of files) await choice.addFileAsync(file)
    }
    addAllAsync().catch((error: unknown) =>
      setNotice(describeError(error, 'The image file could not be added.'))
    )
  }
  function handleRemove(style: ChosenStyle): void {
    if (style.layerId === null) return choice.removeFile(style.key)
    post({ type: 'REMOVE_STYLE', layerId: style.layerId })
  }
  function handleToggleCandidate(layerId: string, chosen: boolean): void {
    post({ type: chosen ? 'REMOVE_STYLE' : 'ADD_STYLE', layerId })
  }
  const drop = useFileDrop(handleFiles, !busy)

  const { contents } = layers
  const first = contents[0] ?? null
  const runError = run.phase === 'failed' ? run.message : null
  const canSwap = contents.length === 1 && layers.styles.length > 0
  return (
    <div
      class={styles.app}
      data-dragging={drop.dragging ? 'true' : undefined}
      onDragOver={drop.onDragOver}
      onDragLeave={drop.onDragLeave}
      onDrop={drop.onDrop}
    >
      <main class={styles.body}>
        <div class={styles.cards}>
          <LayerCard
            title="Content"
            layer={first}
            placeholder="Select a layer"
            note={
              contents.length > 1
                ? `and ${contents.length - 1} more, stylized in turn`
                : undefined
            }
          />
        </div>
        <section class={styles.section} aria-label="Styles">
          <h2 class={styles.heading}>Styles</h2>
          <StyleList
            chosen={choice.chosen}
            layers={layers.styles}
            files={choice.files}
            disabled={busy}
            onWeight={choice.setWeight}
            onRemove={handleRemove}
          />
          <div class={styles.actions}>
            <StyleSources
              disabled={busy || choice.full}
              onPin={() => post({ type: 'PIN_STYLE_FROM_SELECTION' })}
              onFiles={handleFiles}
            />
            <Button
              secondary
              disabled={busy || !canSwap}
              onClick={() => post({ type: 'SWAP' })}
              title="Make the content the style and the first style the content."
            >
              Swap
            </Button>
          </div>
        </section>
        <section aria-label="Image layers on this page">
          <h2 class={styles.heading}>Image layers on this page</h2>
          <StyleCandidates
            layers={candidates}
            chosenIds={layers.styles.map((layer) => layer.id)}
            disabled={busy}
            full={choice.full}
            onToggle={handleToggleCandidate}
          />
        </section>
        <Divider />
        <SettingsPanel form={form} content={first} disabled={busy} />
        {run.preview === null ? null : (
          <PreviewPanel preview={run.preview} content={run.content} />
        )}
      </main>
      <RunFooter
        alerts={{
          problem: layers.problem,
          notes: relaunch === null ? [] : describeRelaunch(relaunch, contents),
          errors: [
            notice,
            choice.fileError,
            engine.error,
            runError,
            choice.chosen.length > 0 && !weighted ? NO_WEIGHT : null
          ]
        }}
        run={run}
        engine={engine}
        canStylize={canStylize}
        onStylize={handleStylizeClick}
        onCancel={batch.cancelBatch}
      />
      <ResizeGrip />
    </div>
  )
}

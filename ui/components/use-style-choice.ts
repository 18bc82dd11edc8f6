import { useCallback, useMemo, useRef, useState } from 'preact/hooks'

import {
  MAX_STYLES,
  type LayerSummary,
  type RecordedStyle
} from '../../src/contract/messages'
import type { RgbaImage } from '../engine/types'
import type { ChosenStyle } from '../utilities/chosen-style'
import {
  decodeImageFileAsync,
  ImageFileError
} from '../utilities/decode-image-file-async'

/** An image file added as a style; it lives only in the UI. */
export interface FileStyle {
  key: string
  file: File
  image: RgbaImage
}

const DEFAULT_WEIGHT = 100
export const TOO_MANY_STYLES = `At most ${MAX_STYLES} styles can be blended; remove one first.`

/**
 * The styles of the blend: the sandbox's style layers, then the image
 * files added here, each with its weight.
 */
export function useStyleChoice(layers: LayerSummary[]) {
  const [files, setFiles] = useState<FileStyle[]>([])
  const [weights, setWeights] = useState<Record<string, number>>({})
  const [fileError, setFileError] = useState<string | null>(null)
  const nextKey = useRef(0)
  const chosen = useMemo<ChosenStyle[]>(() => {
    const fromLayers = layers.map((layer) => ({
      key: `layer:${layer.id}`,
      name: layer.name,
      layerId: layer.id,
      image: null
    }))
    const fromFiles = files.map(({ key, file, image }) => ({
      key,
      name: file.name,
      layerId: null,
      image
    }))
    return [...fromLayers, ...fromFiles].map((style) => ({
      ...style,
      weight: weights[style.key] ?? DEFAULT_WEIGHT
    }))
  }, [layers, files, weights])
  // Decoding takes a moment; a second drop must see the first one's place.
  const count = useRef(0)
  count.current = chosen.length

  const addFileAsync = useCallback(async (file: File) => {
    setFileError(null)
    if (count.current >= MAX_STYLES) return setFileError(TOO_MANY_STYLES)
    count.current += 1
    try {
      const image = await decodeImageFileAsync(file)
      const key = `file:${nextKey.current++}`
      setFiles((previous) => [...previous, { key, file, image }])
    } catch (error) {
      count.current -= 1
      if (!(error instanceof ImageFileError)) throw error
      setFileError(error.message)
    }
  }, [])
  const removeFile = useCallback((key: string) => {
    setFiles((previous) => previous.filter((f) => f.key !== key))
  }, [])
  const setWeight = useCallback((key: string, weight: number) => {
    setWeights((previous) => ({ ...previous, [key]: weight }))
  }, [])
  const applyRecordedWeights = useCallback((styles: RecordedStyle[]) => {
    const recorded = styles.filter((s) => s.layerId !== null)
    setWeights((previous) => ({
      ...previous,
      ...Object.fromEntries(
        recorded.map((s) => [`layer:${s.layerId}`, s.weight])
      )
    }))
  }, [])

  return {
    chosen,
    files,
    full: chosen.length >= MAX_STYLES,
    fileError,
    addFileAsync,
    removeFile,
    setWeight,
    applyRecordedWeights
  }
}

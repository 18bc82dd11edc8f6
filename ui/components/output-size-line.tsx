import { computeOutputSize } from '../utilities/compute-output-size'
import styles from './output-size-line.module.css'

export interface OutputSizeLineProps {
  content: { width: number; height: number } | null
  resolution: number
}

/** The pixel size the result will be written at, for the first content. */
export function OutputSizeLine({ content, resolution }: OutputSizeLineProps) {
  if (content === null) return null
  const { width, height } = computeOutputSize(content, resolution)
  return (
    <p class={styles.line} data-testid="output-size">
      {`Output ${width} × ${height} px`}
    </p>
  )
}

import styles from './progress-bar.module.css'

export interface ProgressBarProps {
  value: number
  max: number
}

/** A thin bar filling from left to right as the steps go. */
export function ProgressBar({ value, max }: ProgressBarProps) {
  const percent = max > 0 ? Math.min(100, (value / max) * 100) : 0
  return (
    <div
      class={styles.track}
      role="progressbar"
      aria-label="Stylize progress"
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
    >
      <div class={styles.fill} style={{ width: `${percent}%` }} />
    </div>
  )
}

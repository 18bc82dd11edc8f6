import { Banner, IconInfo16, IconWarning16 } from '@create-figma-plugin/ui'

import styles from './alerts.module.css'

export interface AlertsProps {
  /** Why Stylize cannot run with the layers as they are. */
  problem: string | null
  /** Sentences about what went wrong, newest last. */
  errors: (string | null)[]
  /** Sentences to know, not to fix (a relaunch's settings, say). */
  notes?: string[]
}

/** Every sentence the designer should act on, in one live region. */
export function Alerts({ problem, errors, notes = [] }: AlertsProps) {
  const unique = [...new Set(errors)].filter((e): e is string => e !== null)
  return (
    <div class={styles.alerts} role="alert">
      {notes.map((sentence) => (
        <Banner key={sentence} icon={<IconInfo16 />}>
          {sentence}
        </Banner>
      ))}
      {problem === null ? null : (
        <Banner icon={<IconInfo16 />}>{problem}</Banner>
      )}
      {unique.map((sentence) => (
        <Banner key={sentence} icon={<IconWarning16 />} variant="warning">
          {sentence}
        </Banner>
      ))}
    </div>
  )
}

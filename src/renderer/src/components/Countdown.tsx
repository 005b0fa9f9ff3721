import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { durationMessage } from '@shared/time'
import { countdown, type Countdown } from '../lib/format'
import { useNow } from '../lib/use-now'

/** "in 5 h 12 min" / "overdue 2 d 3 h": the one way the app says how far a deadline is. */
export function countdownText(t: TFunction, c: Countdown): string {
  return t(c.kind === 'in' ? 'time.in' : 'time.overdue', { duration: durationText(t, durationMs(c)) })
}

const durationMs = (c: Countdown): number => {
  const d = c.duration
  if (d.unit === 'minutes') return d.minutes * 60_000
  if (d.unit === 'hours') return (d.hours * 60 + d.minutes) * 60_000
  return (d.days * 24 + d.hours) * 3_600_000
}

/** A length of time as people say it (src/shared/time.ts): "20 min", "5 h 12 min", "2 d 3 h" ("2 d" when `coarse`). */
export function durationText(t: TFunction, ms: number, coarse = false): string {
  const m = durationMessage(ms)
  if (coarse && m.key === 'duration.daysHours') return t('duration.days', { days: m.params.days })
  return t(m.key, m.params)
}

/**
 * "in 5 h" / "overdue 3 h" next to a ship-by deadline; amber under 12 h, red when
 * overdue. `nowMs` fixes the moment it counts from (a what-if); otherwise it
 * follows the clock.
 */
export function CountdownHint({ iso, nowMs }: { iso: string | null; nowMs?: number | null | undefined }) {
  const { t } = useTranslation()
  const clock = useNow()
  const c = countdown(iso, nowMs ?? clock)
  if (!c) return null
  const d = c.duration
  const urgent = c.kind === 'in' && (d.unit === 'minutes' || (d.unit === 'hours' && d.hours < 12))
  return <span className={`countdown ${c.kind === 'overdue' ? 'overdue' : urgent ? 'urgent' : ''}`}>{countdownText(t, c)}</span>
}

import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { countdown, type Countdown } from '../lib/format'
import { useNow } from '../lib/use-now'

export function countdownText(t: TFunction, c: Countdown): string {
  const prefix = c.kind === 'in' ? 'in' : 'overdue'
  return c.unit === 'minutes'
    ? t(`time.${prefix}Minutes`, { count: c.value })
    : c.unit === 'hours'
      ? t(`time.${prefix}Hours`, { count: c.value })
      : t(`time.${prefix}Days`, { days: c.value, hours: c.hours })
}

/** A length of time as people say it: "20 min", "5 h", "2 d 3 h" ("2 d" when `coarse`). */
export function spanText(t: TFunction, ms: number, coarse = false): string {
  const c = countdown(new Date(Math.abs(ms)).toISOString(), 0)
  if (!c) return ''
  return c.unit === 'minutes'
    ? t('time.spanMinutes', { count: c.value })
    : c.unit === 'hours'
      ? t('time.spanHours', { count: c.value })
      : coarse
        ? t('time.spanDaysOnly', { count: c.value })
        : t('time.spanDays', { days: c.value, hours: c.hours })
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
  const urgent = c.kind === 'in' && (c.unit === 'minutes' || (c.unit === 'hours' && c.value < 12))
  return <span className={`countdown ${c.kind === 'overdue' ? 'overdue' : urgent ? 'urgent' : ''}`}>{countdownText(t, c)}</span>
}

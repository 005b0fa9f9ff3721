import { useTranslation } from 'react-i18next'
import type { IncomingRow } from '@shared/engine-types'
import { durationText } from '../../components/Countdown'
import { useNow } from '../../lib/use-now'

export function IncomingStatusBadge({ row }: { row: Pick<IncomingRow, 'status' | 'overdue'> }) {
  const { t } = useTranslation()
  // Overdue says more than "on the way": it is on the way, and late.
  if (row.overdue) return <span className="badge incoming-overdue">{t('incoming.status.overdue')}</span>
  return <span className={`badge incoming-${row.status}`}>{t(`incoming.status.${row.status}`)}</span>
}

/** "arrives in 2 d 3 h" / "overdue by 5 h" for a delivery still on its way. */
export function DueHint({ iso, coarse = false }: { iso: string; coarse?: boolean }) {
  const { t } = useTranslation()
  const now = useNow()
  const diff = Date.parse(iso) - now
  if (!Number.isFinite(diff)) return null
  const span = durationText(t, diff, coarse)
  return (
    <span className={`countdown${diff < 0 ? ' overdue' : diff < 24 * 3_600_000 ? ' urgent' : ''}`}>
      {diff < 0 ? t('incoming.overdueBy', { span }) : t('incoming.dueIn', { span })}
    </span>
  )
}

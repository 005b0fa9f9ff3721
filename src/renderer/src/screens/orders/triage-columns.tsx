// Columns of the order list while it shows orders awaiting shipment through the
// stockout engine: stock state, deadline with countdown, compensation at stake,
// and the recommended action.
import { RefundFlag } from '../../components/RefundFlag'
import type { TFunction } from 'i18next'
import type { TriageRow } from '@shared/engine-types'
import { PlatformTag } from '../../components/Badges'
import { CountdownHint } from '../../components/Countdown'
import { RecommendationBadge, StateBadge } from '../../components/EngineBadges'
import type { Column } from '../../components/VirtualTable'
import { formatMoney, formatShortDateTime } from '../../lib/format'
import { moneyColumn, monoColumn, textColumn } from '../../components/columns'

export type TriageListRow = TriageRow & { id: number }

export function triageColumns(t: TFunction, timeZone: string, wide: boolean, nowMs: number | null, multi = false): Column<TriageListRow>[] {
  return [
    {
      id: 'platform',
      header: t('orders.col.platform'),
      width: wide ? '92px' : '68px',
      priority: 3,
      render: (r) => <PlatformTag platform={r.platform} />
    },
    // Which shop sold it, once there is more than one (issue #16).
    ...(multi ? [textColumn<TriageListRow>({ id: 'shop', header: t('shopFilter.column'), width: '112px', priority: 2 }, (r) => r.shopName ?? t('shopFilter.none'))] : []),
    monoColumn({ id: 'orderNo', header: t('orders.col.orderNo'), width: '182px' }, (r) => r.orderNo),
    {
      id: 'state',
      header: t('triage.col.state'),
      width: wide ? '96px' : '88px',
      priority: 1,
      render: (r) => <StateBadge state={r.state} />
    },
    {
      id: 'items',
      header: t('orders.col.items'),
      width: 'minmax(130px, 3fr)',
      render: (r) => (
        <>
          <RefundFlag show={r.refundFlag} refundFen={r.refundFen} compact /> {r.itemsSummary}
        </>
      ),
      text: (r) => r.itemsSummary
    },
    moneyColumn({ id: 'paid', header: t('orders.col.paid'), width: '84px', priority: 4 }, (r) => r.paidFen),
    {
      id: 'deadline',
      header: t('triage.col.deadline'),
      headerTitle: t('triage.col.deadlineHint'),
      // Date over countdown (stacked), so the countdown always shows whole; never hidden.
      width: wide ? '142px' : '148px',
      sortKey: 'urgency',
      keep: true,
      render: (r) =>
        r.deadline ? (
          <span className="deadline" title={t(`engine.deadlineSource.${r.deadlineSource}`)}>
            <span className="num">{formatShortDateTime(r.deadline, timeZone)}</span>
            <CountdownHint iso={r.deadline} nowMs={nowMs} />
          </span>
        ) : (
          <span className="muted">{t('triage.noDeadline')}</span>
        )
    },
    {
      id: 'lateFen',
      header: t('triage.col.lateFen'),
      headerTitle: t('triage.lateFenHint'),
      width: wide ? '98px' : '84px',
      align: 'end',
      sortKey: 'penalty',
      priority: 2,
      render: (r) => <span className={`num${r.state === 'ready' ? ' muted' : ' strong'}`}>{formatMoney(r.lateFen)}</span>
    },
    {
      id: 'recommendation',
      header: t('triage.col.recommendation'),
      width: wide ? 'minmax(150px, 1.3fr)' : 'minmax(140px, 1.3fr)',
      render: (r) =>
        r.state === 'unmapped' ? (
          <span className="muted small" title={r.unmappedCodes.join(', ')}>
            {t('triage.unmappedCodes', { codes: r.unmappedCodes.join(', ') })}
          </span>
        ) : r.recommendation ? (
          <RecommendationBadge value={r.recommendation} substituteSku={r.substituteSku} />
        ) : (
          <span className="muted small">{t('triage.canShip')}</span>
        )
    }
  ]
}

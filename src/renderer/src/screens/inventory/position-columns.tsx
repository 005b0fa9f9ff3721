// Columns of the Inventory screen's stock-position view: what is on the shelf,
// what ready orders hold, what is left to promise, what short orders wait for,
// what is on its way, how long it lasts, and how much to reorder.
import type { TFunction } from 'i18next'
import type { SkuPosition } from '@shared/engine-types'
import type { Column } from '../../components/VirtualTable'
import { formatDecimal, formatInt, formatShortDateTime } from '../../lib/format'
import { countColumn, monoColumn } from '../../components/columns'

/** A count that is zero, greyed so the ones that matter stand out. */
const NONE = <span className="num muted">0</span>

export type PositionRow = SkuPosition & { id: number }

export function positionColumns(t: TFunction, timeZone: string, wide: boolean): Column<PositionRow>[] {
  return [
    monoColumn(
      { id: 'merchantCode', header: t('inventory.col.merchantCode'), width: '128px', sortKey: 'merchantCode' },
      (r) => r.merchantCode
    ),
    {
      id: 'name',
      header: t('inventory.col.name'),
      width: 'minmax(150px, 2fr)',
      render: (r) => (
        <>
          {r.name}
          {r.spec ? <span className="muted"> · {r.spec}</span> : null}
        </>
      ),
      text: (r) => `${r.name} ${r.spec}`.trim()
    },
    countColumn({ id: 'onHand', header: t('inventory.col.onHand'), width: wide ? '66px' : '56px' }, (r) => r.onHand),
    {
      id: 'allocated',
      header: t('position.col.allocated'),
      headerTitle: t('position.colHint.allocated'),
      width: wide ? '58px' : '56px',
      priority: 3,
      align: 'end',
      render: (r) => <span className={`num${r.allocated === 0 ? ' muted' : ''}`}>{formatInt(r.allocated)}</span>
    },
    {
      id: 'available',
      header: t('position.col.available'),
      headerTitle: t('position.colHint.available'),
      width: wide ? '80px' : '68px',
      align: 'end',
      sortKey: 'available',
      render: (r) => <span className={`num strong${r.available === 0 ? ' text-danger' : ''}`}>{formatInt(r.available)}</span>
    },
    {
      id: 'waiting',
      header: t('position.col.waiting'),
      headerTitle: t('position.colHint.waiting'),
      width: wide ? '66px' : '76px',
      align: 'end',
      sortKey: 'waitingUnits',
      render: (r) =>
        r.waitingUnits > 0 ? (
          <span className="num text-danger strong" title={t('position.waitingTitle', { orders: r.waitingOrders, units: r.waitingUnits })}>
            {formatInt(r.waitingUnits)}
          </span>
        ) : (
          NONE
        )
    },
    {
      id: 'incoming',
      header: t('position.col.incoming'),
      headerTitle: t('position.colHint.incoming'),
      width: wide ? '112px' : '118px',
      align: 'end',
      render: (r) =>
        r.incomingUnits > 0 ? (
          <span
            className="incoming-cell"
            title={r.nextIncomingAt ? t('position.nextAt', { time: formatShortDateTime(r.nextIncomingAt, timeZone) }) : undefined}
          >
            {r.overdueIncomingUnits > 0 ? <span className="tag tag-danger">{t('position.overdueTag')}</span> : null}
            <span className="num">{formatInt(r.incomingUnits)}</span>
            {r.nextIncomingAt ? (
              <span className="muted small num">{formatShortDateTime(r.nextIncomingAt, timeZone).slice(0, 5)}</span>
            ) : null}
          </span>
        ) : (
          NONE
        )
    },
    {
      id: 'avgDaily',
      header: t('position.col.avgDaily'),
      headerTitle: t('position.colHint.avgDaily'),
      width: wide ? '58px' : '60px',
      priority: 2,
      align: 'end',
      render: (r) => <span className="num">{formatDecimal(r.avgDailyDemand, 2)}</span>
    },
    {
      id: 'daysOfCover',
      header: t('position.col.daysOfCover'),
      headerTitle: t('position.colHint.daysOfCover'),
      width: wide ? '74px' : '80px',
      align: 'end',
      sortKey: 'daysOfCover',
      render: (r) => {
        const short = r.daysOfCover !== null && r.daysOfCover < r.leadTimeDays
        return (
          <span
            className={`num${short ? ' text-warning strong' : r.daysOfCover === null ? ' muted' : ''}`}
            title={r.runOutAt ? t('position.runOutAt', { time: formatShortDateTime(r.runOutAt, timeZone) }) : undefined}
          >
            {r.daysOfCover === null ? '—' : t('position.days', { value: formatDecimal(r.daysOfCover, 1) })}
          </span>
        )
      }
    },
    {
      id: 'leadTime',
      header: t('inventory.col.leadTime'),
      width: wide ? '72px' : '60px',
      priority: 1,
      align: 'end',
      render: (r) => <span className="num">{t('common.days', { count: r.leadTimeDays })}</span>
    },
    {
      id: 'suggested',
      header: t('position.col.suggested'),
      headerTitle: t('position.colHint.suggested'),
      width: wide ? '74px' : '76px',
      align: 'end',
      sortKey: 'suggestedQty',
      render: (r) => (r.suggestedQty > 0 ? <span className="num strong text-accent">{formatInt(r.suggestedQty)}</span> : NONE)
    }
  ]
}

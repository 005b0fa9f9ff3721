// The engine's figures for one SKU in its detail panel: available to promise,
// held for ready orders, on its way, how long it lasts and what to reorder; plus
// the deliveries still open, with a way to record a new one.
import { useTranslation } from 'react-i18next'
import type { IncomingRow, SkuPosition } from '@shared/engine-types'
import { call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useApp } from '../../lib/app-context'
import { triageHref } from '../../lib/engine-links'
import { formatDecimal, formatInt, formatShortDateTime } from '../../lib/format'
import { href } from '../../lib/router'
import { useLoad } from '../../lib/use-call'

interface Loaded {
  position: SkuPosition | null
  incoming: IncomingRow[]
  incomingTotal: number
}

export function PositionBlock({
  productId,
  merchantCode,
  refreshKey,
  onAddIncoming
}: {
  productId: number
  merchantCode: string
  refreshKey: number
  onAddIncoming: () => void
}) {
  const { t } = useTranslation()
  const { timeZone } = useApp()
  const read = useLoad(async (): Promise<Loaded> => {
    const [positions, incoming] = await Promise.all([
      // The position list has no id filter: search by the code and pick this SKU out.
      call('engine.positions', { search: merchantCode, sort: 'merchantCode', limit: 200 }),
      call('incoming.list', { productId, status: 'open', limit: 5 })
    ])
    return {
      position: positions.rows.find((r) => r.productId === productId) ?? null,
      incoming: incoming.rows,
      incomingTotal: incoming.total
    }
  }, [productId, merchantCode, refreshKey])
  const loaded = read.data

  if (read.error) return <ErrorNotice error={read.error} />
  if (!loaded) return <p className="muted small">{t('common.loading')}</p>
  const p = loaded.position
  return (
    <section className="panel-section position-block" aria-label={t('position.sectionLabel')} data-testid="position-block">
      <h3 className="section-title">{t('position.sectionTitle')}</h3>
      {p ? (
        <>
          <div className="stat-row">
            <div className={`stat${p.lackingOrders > 0 ? ' stat-danger' : ''}`}>
              <div className="stat-label">{t('position.col.available')}</div>
              <div className="stat-value" data-testid="detail-available">
                {formatInt(p.available)}
              </div>
              <div className="stat-note">
                {p.lackingOrders > 0 ? (
                  <a className="link" href={triageHref({ state: 'short', sku: p.productId, code: p.merchantCode })}>
                    {t('position.lackingOrders', { count: p.lackingOrders })}
                  </a>
                ) : (
                  t('position.allocatedNote', { n: formatInt(p.allocated) })
                )}
              </div>
            </div>
            <div className="stat">
              <div className="stat-label">{t('position.col.incoming')}</div>
              <div className="stat-value">{formatInt(p.incomingUnits)}</div>
              {p.nextIncomingAt ? (
                <div className="stat-note">{t('position.nextAt', { time: formatShortDateTime(p.nextIncomingAt, timeZone) })}</div>
              ) : null}
            </div>
            <div className={`stat${p.daysOfCover !== null && p.daysOfCover < p.leadTimeDays ? ' stat-warning' : ''}`}>
              <div className="stat-label">{t('position.col.daysOfCover')}</div>
              <div className="stat-value">{p.daysOfCover === null ? '—' : formatDecimal(p.daysOfCover, 1)}</div>
              <div className="stat-note">{t('position.avgDailyNote', { value: formatDecimal(p.avgDailyDemand, 2) })}</div>
            </div>
          </div>
          <dl className="facts">
            <dt>{t('position.reorderPoint')}</dt>
            <dd className="num">{p.reorderPoint === null ? '—' : formatInt(p.reorderPoint)}</dd>
            <dt>{t('position.safetyUsed')}</dt>
            <dd className="num">{formatInt(p.safetyStock)}</dd>
            <dt>{t('position.col.suggested')}</dt>
            <dd>
              <span className={`num strong${p.suggestedQty > 0 ? ' text-accent' : ''}`}>{formatInt(p.suggestedQty)}</span>{' '}
              <a className="link small" href={href('reorder', p.supplierId ? { supplier: p.supplierId } : {})}>
                {t('position.howComputed')} →
              </a>
            </dd>
          </dl>
        </>
      ) : (
        <p className="muted small">{t('position.notComputed')}</p>
      )}
      <div className="section-title section-title-row">
        <span>{t('position.openDeliveries')}</span>
        <span className="section-count">{formatInt(loaded.incomingTotal)}</span>
        <span className="spacer" />
        <button type="button" className="btn btn-small" onClick={onAddIncoming}>
          {t('incoming.add')}
        </button>
      </div>
      {loaded.incoming.length === 0 ? (
        <p className="muted small">{t('position.noDeliveries')}</p>
      ) : (
        <ul className="row-list delivery-list">
          {loaded.incoming.map((i) => (
            <li key={i.id}>
              <a className="delivery-item" href={href('incoming', { sku: productId, code: merchantCode, open: i.id })}>
                <span className="num">{formatShortDateTime(i.expectedAt, timeZone)}</span>
                <span className="num strong">{t('incoming.units', { count: i.quantity })}</span>
                <span className="muted ellipsis-text">{i.supplierName ?? ''}</span>
                {i.overdue ? <span className="tag tag-danger">{t('incoming.overdueTag')}</span> : null}
              </a>
            </li>
          ))}
        </ul>
      )}
      {loaded.incomingTotal > loaded.incoming.length ? (
        <a className="link small" href={href('incoming', { sku: productId, code: merchantCode })}>
          {t('position.allDeliveries', { n: formatInt(loaded.incomingTotal) })} →
        </a>
      ) : null}
    </section>
  )
}

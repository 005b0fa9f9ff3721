import { RefundFlag } from '../../components/RefundFlag'
import { ShopTag } from '../../components/ShopPicker'
import { useTranslation } from 'react-i18next'
import type { OrderDetail } from '@shared/types'
import type { OrderTriage, TriageLine } from '@shared/engine-types'
import { call } from '../../api'
import { AfterSaleBadge, PlatformTag, StatusBadge } from '../../components/Badges'
import { CountdownHint } from '../../components/Countdown'
import { Drawer } from '../../components/Drawer'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useApp } from '../../lib/app-context'
import { formatDateTime, formatInt, formatMoney, formatShortDateTime } from '../../lib/format'
import { href } from '../../lib/router'
import { TriageSection } from './TriageSection'
import { endCol, TableHead } from '../../components/TableHead'
import { useLoad } from '../../lib/use-call'

interface Loaded {
  order: OrderDetail
  /** The engine's view, for an order awaiting shipment. */
  triage: OrderTriage | null
}

/** `at`: a what-if moment for the engine's figures (null: now). */
export function OrderDetailPanel({ orderId, at = null, onClose }: { orderId: number; at?: string | null; onClose: () => void }) {
  const { t } = useTranslation()
  const { timeZone } = useApp()
  const loaded = useLoad(
    async (): Promise<Loaded> => {
      const order = await call('orders.get', { id: orderId })
      const triage = order.status === 'awaiting_shipment' ? await call('engine.order', { orderId, now: at }) : null
      return { order, triage }
    },
    [orderId, at]
  )
  const error = loaded.error
  // A failed read shows the failure, not the order read before.
  const o = error ? null : (loaded.data?.order ?? null)
  const tr = error ? null : (loaded.data?.triage ?? null)
  const lineOf = (lineNo: number): TriageLine | undefined => tr?.lines.find((l) => l.lineNo === lineNo)
  const nowMs = at ? Date.parse(at) : null
  return (
    <Drawer
      label={t('orders.detail.label')}
      testId="order-detail"
      title={o ? t('orders.detail.title', { orderNo: o.orderNo }) : t('orders.detail.label')}
      subtitle={
        o ? (
          <span className="badge-row">
            <PlatformTag platform={o.platform} />
            <ShopTag name={o.shopName} />
            <StatusBadge status={o.status} />
            <AfterSaleBadge value={o.afterSale} />
            <RefundFlag show={o.refundFlag} refundFen={o.refundFen} />
            {o.presale ? <span className="badge">{t('presale')}</span> : null}
            {o.part !== 'whole' ? <span className="badge" data-testid="order-part">{t(`part.${o.part}`)}</span> : null}
          </span>
        ) : null
      }
      onClose={onClose}
    >
      {error ? <ErrorNotice error={error} onRetry={loaded.reload} /> : null}
      {!o && !error ? <p className="muted">{t('common.loading')}</p> : null}
      {o ? (
        <>
          <div className="stat-row">
            <div className="stat">
              <div className="stat-label">{t('orders.detail.totalPaid')}</div>
              <div className="stat-value">{formatMoney(o.paidFen)}</div>
            </div>
            {tr ? (
              <div className={`stat stat-wide${tr.state === 'short' && tr.overdue ? ' stat-danger' : ''}`}>
                <div className="stat-label">{t('triage.deadline')}</div>
                <div className="stat-value stat-value-small" data-testid="triage-deadline">
                  {tr.deadline ? formatDateTime(tr.deadline, timeZone) : t('triage.noDeadline')}
                </div>
                <div className="stat-note">
                  {tr.deadline ? <CountdownHint iso={tr.deadline} nowMs={nowMs} /> : null}
                  <span className="muted"> · {t(`engine.deadlineSource.${tr.deadlineSource}`)}</span>
                </div>
              </div>
            ) : (
              <div className="stat stat-wide">
                <div className="stat-label">{t('orders.detail.promisedShipAt')}</div>
                <div className="stat-value stat-value-small">{formatDateTime(o.promisedShipAt, timeZone)}</div>
                {o.status === 'awaiting_shipment' ? (
                  <div className="stat-note">
                    <CountdownHint iso={o.promisedShipAt} />
                  </div>
                ) : null}
              </div>
            )}
          </div>

          {tr ? <TriageSection triage={tr} /> : null}

          <section className="panel-section">
            <h3 className="section-title">
              {t('orders.detail.items')}
              <span className="section-count">{t('orders.detail.lineCount', { count: o.lines.length })}</span>
            </h3>
            <table className="mini-table" data-testid="order-lines">
              <TableHead
                cols={[
                  t('orders.detail.merchantCode'),
                  t('orders.detail.item'),
                  endCol(t('orders.detail.qty')),
                  endCol(t('orders.detail.amount')),
                  endCol(tr ? t('triage.stock') : t('orders.detail.onHand'))
                ]}
              />
              <tbody>
                {o.lines.map((l) => (
                  <tr key={l.id}>
                    <td className="mono nowrap">
                      {l.productId !== null ? (
                        <a
                          className="link"
                          href={href('inventory', { sku: l.productId })}
                          title={t('orders.detail.openSku', { code: l.merchantCode })}
                        >
                          {l.merchantCode || '—'}
                        </a>
                      ) : (
                        l.merchantCode || '—'
                      )}
                    </td>
                    <td>
                      <div>{l.title}</div>
                      {l.spec ? <div className="muted small">{l.spec}</div> : null}
                      {l.subOrderNo ? (
                        <div className="muted small mono nowrap" title={t('orders.detail.subOrder', { no: l.subOrderNo })}>
                          # {l.subOrderNo}
                        </div>
                      ) : null}
                      <LineCover line={lineOf(l.lineNo)} timeZone={timeZone} />
                    </td>
                    <td className="align-end num">{formatInt(l.quantity)}</td>
                    <td className="align-end num">{formatMoney(l.amountFen)}</td>
                    <td className="align-end num">
                      {l.productId === null || l.onHand === null ? (
                        <span className="tag tag-muted" title={t('orders.detail.unmappedHint')}>
                          {t('orders.detail.unmapped')}
                        </span>
                      ) : tr ? (
                        <LineAvailable line={lineOf(l.lineNo)} />
                      ) : (
                        <span className={l.onHand < l.quantity ? 'text-danger strong' : 'strong'}>{formatInt(l.onHand)}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <section className="panel-section">
            <h3 className="section-title">{t('orders.detail.buyer')}</h3>
            <dl className="facts">
              <dt>{t('orders.detail.buyer')}</dt>
              <dd>{o.buyerName || '—'}</dd>
              <dt>{t('orders.detail.phone')}</dt>
              <dd className="mono">{o.buyerPhone || '—'}</dd>
              <dt>{t('orders.detail.address')}</dt>
              <dd>{o.address || '—'}</dd>
              <dt>{t('orders.detail.buyerNote')}</dt>
              <dd>{o.buyerNote || <span className="muted">—</span>}</dd>
              <dt>{t('orders.detail.merchantNote')}</dt>
              <dd>{o.merchantNote || <span className="muted">—</span>}</dd>
            </dl>
          </section>

          <section className="panel-section">
            <h3 className="section-title">{t('orders.detail.times')}</h3>
            <dl className="facts">
              <dt>{t('orders.detail.paidAt')}</dt>
              <dd className="num">{formatDateTime(o.paidAt, timeZone)}</dd>
              <dt>{t('orders.detail.promisedShipAt')}</dt>
              <dd className="num">{formatDateTime(o.promisedShipAt, timeZone)}</dd>
              <dt>{t('orders.detail.shippedAt')}</dt>
              <dd className="num">{formatDateTime(o.shippedAt, timeZone)}</dd>
              <dt>{t('orders.detail.createdAt')}</dt>
              <dd className="num">{formatDateTime(o.createdAt, timeZone)}</dd>
              <dt>{t('orders.detail.updatedAt')}</dt>
              <dd className="num">{formatDateTime(o.updatedAt, timeZone)}</dd>
            </dl>
          </section>
        </>
      ) : null}
    </Drawer>
  )
}

/** Available to promise for a line, and whether this order is short of it. */
function LineAvailable({ line }: { line: TriageLine | undefined }) {
  const { t } = useTranslation()
  if (!line || line.available === null) return <span className="muted">—</span>
  if (line.allocated > 0) {
    return (
      <span className="tag tag-ok" title={t('triage.heldTitle', { n: formatInt(line.allocated) })}>
        {t('triage.heldTag')}
      </span>
    )
  }
  return (
    <span className="line-available" title={t('triage.availableTitle', { n: formatInt(line.available) })}>
      {line.lacking ? <span className="tag tag-danger">{t('triage.lackingTag')}</span> : null}
      <span className={line.lacking ? 'text-danger strong' : 'strong'}>{formatInt(line.available)}</span>
    </span>
  )
}

/** Under a line this order is short of: the deliveries on their way and the substitutes in stock. */
function LineCover({ line, timeZone }: { line: TriageLine | undefined; timeZone: string }) {
  const { t } = useTranslation()
  if (!line?.lacking) return null
  return (
    <div className="line-cover">
      {line.incoming.length === 0 ? (
        <div className="small text-danger">{t('triage.noIncoming')}</div>
      ) : (
        line.incoming.map((i) => (
          <div key={i.id} className="small">
            <a className="link" href={href('incoming', { sku: line.productId, code: line.sku ?? line.merchantCode, open: i.id })}>
              {t('triage.incomingLine', { time: formatShortDateTime(i.expectedAt, timeZone), n: formatInt(i.quantity) })}
            </a>
            {i.overdue ? <span className="tag tag-danger">{t('triage.overdueTag')}</span> : null}
          </div>
        ))
      )}
      {line.substitutes.map((s) => (
        <div key={s.productId} className="small">
          <a className="link" href={href('inventory', { sku: s.productId })}>
            {t('triage.substituteLine', { sku: s.sku, n: formatInt(s.available) })}
          </a>
        </div>
      ))}
    </div>
  )
}

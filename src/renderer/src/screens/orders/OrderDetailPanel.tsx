import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OrderDetail } from '@shared/types'
import type { ApiError } from '@shared/errors'
import { call, toApiError } from '../../api'
import { AfterSaleBadge, PlatformTag, StatusBadge } from '../../components/Badges'
import { CountdownHint } from '../../components/Countdown'
import { Drawer } from '../../components/Drawer'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useApp } from '../../lib/app-context'
import { formatDateTime, formatInt, formatMoney } from '../../lib/format'
import { href } from '../../lib/router'

export function OrderDetailPanel({ orderId, onClose }: { orderId: number; onClose: () => void }) {
  const { t } = useTranslation()
  const { timeZone } = useApp()
  const [state, setState] = useState<{ attempt: number; order: OrderDetail | null; error: ApiError | null }>({ attempt: 0, order: null, error: null })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let live = true
    call('orders.get', { id: orderId }).then(
      (order) => live && setState({ attempt, order, error: null }),
      (e: unknown) => live && setState({ attempt, order: null, error: toApiError(e) })
    )
    return () => {
      live = false
    }
  }, [orderId, attempt])

  const o = state.order
  return (
    <Drawer
      label={t('orders.detail.label')}
      testId="order-detail"
      title={o ? t('orders.detail.title', { orderNo: o.orderNo }) : t('orders.detail.label')}
      subtitle={
        o ? (
          <span className="badge-row">
            <PlatformTag platform={o.platform} />
            <StatusBadge status={o.status} />
            <AfterSaleBadge value={o.afterSale} />
          </span>
        ) : null
      }
      onClose={onClose}
    >
      {state.error ? <ErrorNotice error={state.error} onRetry={() => setAttempt((a) => a + 1)} /> : null}
      {!o && !state.error ? <p className="muted">{t('common.loading')}</p> : null}
      {o ? (
        <>
          <div className="stat-row">
            <div className="stat">
              <div className="stat-label">{t('orders.detail.totalPaid')}</div>
              <div className="stat-value">{formatMoney(o.paidFen)}</div>
            </div>
            <div className="stat stat-wide">
              <div className="stat-label">{t('orders.detail.promisedShipAt')}</div>
              <div className="stat-value stat-value-small">{formatDateTime(o.promisedShipAt, timeZone)}</div>
              {o.status === 'awaiting_shipment' ? (
                <div className="stat-note">
                  <CountdownHint iso={o.promisedShipAt} />
                </div>
              ) : null}
            </div>
          </div>

          <section className="panel-section">
            <h3 className="section-title">
              {t('orders.detail.items')}
              <span className="section-count">{t('orders.detail.lineCount', { count: o.lines.length })}</span>
            </h3>
            <table className="mini-table" data-testid="order-lines">
              <thead>
                <tr>
                  <th scope="col">{t('orders.detail.merchantCode')}</th>
                  <th scope="col">{t('orders.detail.item')}</th>
                  <th scope="col" className="align-end">
                    {t('orders.detail.qty')}
                  </th>
                  <th scope="col" className="align-end">
                    {t('orders.detail.amount')}
                  </th>
                  <th scope="col" className="align-end">
                    {t('orders.detail.onHand')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {o.lines.map((l) => (
                  <tr key={l.id}>
                    <td className="mono nowrap">
                      {l.productId !== null ? (
                        <a className="link" href={href('inventory', { sku: l.productId })} title={t('orders.detail.openSku', { code: l.merchantCode })}>
                          {l.merchantCode || '—'}
                        </a>
                      ) : (
                        l.merchantCode || '—'
                      )}
                    </td>
                    <td>
                      <div>{l.title}</div>
                      {l.spec ? <div className="muted small">{l.spec}</div> : null}
                      {l.subOrderNo ? <div className="muted small mono nowrap" title={t('orders.detail.subOrder', { no: l.subOrderNo })}>
                          # {l.subOrderNo}
                        </div> : null}
                    </td>
                    <td className="align-end num">{formatInt(l.quantity)}</td>
                    <td className="align-end num">{formatMoney(l.amountFen)}</td>
                    <td className="align-end num">
                      {l.productId === null || l.onHand === null ? (
                        <span className="tag tag-muted" title={t('orders.detail.unmappedHint')}>
                          {t('orders.detail.unmapped')}
                        </span>
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

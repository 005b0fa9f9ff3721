import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ORDER_STATUSES } from '@shared/types'
import type { ApiError } from '@shared/errors'
import { call, toApiError } from '../../api'
import { EmptyState } from '../../components/EmptyState'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Icon } from '../../components/Icon'
import { PageHeader } from '../../components/PageHeader'
import { useApp } from '../../lib/app-context'
import { formatInt } from '../../lib/format'
import { href } from '../../lib/router'
import { ShortList } from './ShortList'

export function AlertsScreen() {
  const { t } = useTranslation()
  const { status, dataChanged, notify } = useApp()
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)

  async function loadDemo(): Promise<void> {
    if (loading) return
    setLoading(true)
    setError(null)
    try {
      const r = await call('demo.load', {})
      notify(t('alerts.demoLoaded', { skus: r.skus, orders: r.orders, suppliers: r.suppliers }))
      dataChanged()
    } catch (e) {
      setError(toApiError(e))
    } finally {
      setLoading(false)
    }
  }

  if (!status) {
    return (
      <div className="screen">
        <PageHeader title={t('alerts.title')} subtitle={t('alerts.subtitle')} />
        <p className="muted">{t('common.loading')}</p>
      </div>
    )
  }

  if (status.isEmpty) {
    return (
      <div className="screen">
        <PageHeader title={t('alerts.title')} subtitle={t('alerts.subtitle')} />
        <EmptyState
          icon="store"
          tone="welcome"
          title={t('alerts.emptyTitle')}
          actions={
            <button type="button" className="btn btn-primary btn-large" onClick={loadDemo} disabled={loading}>
              {loading ? t('alerts.loadingDemo') : t('alerts.loadDemo')}
            </button>
          }
        >
          <p>{t('alerts.emptyBody')}</p>
          {error ? <ErrorNotice error={error} /> : null}
          <p className="muted small">
            <Icon name="import" size={14} /> {t('alerts.importHint')}
          </p>
        </EmptyState>
      </div>
    )
  }

  const n = (v: number) => formatInt(v)
  const maxStatus = Math.max(1, ...ORDER_STATUSES.map((s) => status.ordersByStatus[s]))

  return (
    <div className="screen screen-scroll">
      <PageHeader title={t('alerts.title')} subtitle={t('alerts.subtitle')} />
      <div className="cards">
        <a className={`card card-link${status.outOfStockWithDemand > 0 ? ' card-danger' : ' card-ok'}`} href={href('inventory', { filter: 'out_of_stock' })} data-testid="card-out-of-stock-with-demand">
          <div className="card-label">{t('alerts.outOfStockWithDemand')}</div>
          <div className="card-value">{n(status.outOfStockWithDemand)}</div>
          <div className="card-foot">{status.outOfStockWithDemand > 0 ? `${t('alerts.viewOutOfStock')} →` : t('alerts.allClear')}</div>
        </a>
        <a className="card card-link" href={href('orders', { status: 'awaiting_shipment' })} data-testid="card-open-orders">
          <div className="card-label">{t('alerts.openOrders')}</div>
          <div className="card-value">{n(status.openOrders)}</div>
          <div className="card-foot">{t('alerts.viewOpenOrders')} →</div>
        </a>
        <a className={`card card-link${status.belowSafetyStock > 0 ? ' card-warning' : ''}`} href={href('inventory', { filter: 'below_safety' })} data-testid="card-below-safety">
          <div className="card-label">{t('alerts.belowSafety')}</div>
          <div className="card-value">{n(status.belowSafetyStock)}</div>
          <div className="card-foot">{t('alerts.viewBelowSafety')} →</div>
        </a>
        <a className="card card-link" href={href('inventory')} data-testid="card-skus">
          <div className="card-label">{t('alerts.skus')}</div>
          <div className="card-value">{n(status.skus)}</div>
          <div className="card-foot">
            {t('alerts.outOfStock')}: {n(status.outOfStockSkus)} · {t('alerts.suppliers')}: {n(status.suppliers)}
          </div>
        </a>
      </div>

      <div className="two-col two-col-wide">
        <ShortList total={status.outOfStockWithDemand} />
        <section className="box">
          <h2 className="box-title">{t('alerts.ordersByStatus')}</h2>
          <p className="muted small">{t('alerts.ordersTotal', { count: status.orders })}</p>
          <ul className="bars">
            {ORDER_STATUSES.map((s) => (
              <li key={s}>
                <a className="bar-row" href={href('orders', { status: s })}>
                  <span className="bar-label">{t(`status.${s}`)}</span>
                  <span className="bar-track" aria-hidden="true">
                    <span className={`bar-fill status-fill-${s}`} style={{ width: `${(status.ordersByStatus[s] / maxStatus) * 100}%` }} />
                  </span>
                  <span className="bar-value num">{n(status.ordersByStatus[s])}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section className="box box-note">
          <div className="box-note-head">
            <Icon name="clock" />
            <h2 className="box-title">{t('alerts.engineTitle')}</h2>
            <span className="tag tag-muted">{t('common.comingSoon')}</span>
          </div>
          <p>{t('alerts.engineBody')}</p>
          <p className="muted small">{t('alerts.engineNow')}</p>
      </section>
    </div>
  )
}

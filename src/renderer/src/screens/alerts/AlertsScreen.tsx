// The home screen: what the stockout engine found. Totals and money at risk, the
// most urgent short orders with countdowns and what to do, every other alert with
// links; a what-if moment ("如果现在是…") recomputes all of it as of then, stored
// data untouched. A shop without orders yet gets the first-run path instead.
import { useShopFilter } from '../../lib/shop-filter'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { AlertsData, TriagePage } from '@shared/engine-types'
import { call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { PageHeader } from '../../components/PageHeader'
import { SimulationBanner } from '../../components/SimulationBanner'
import { useApp } from '../../lib/app-context'
import { triageHref } from '../../lib/engine-links'
import { formatInt, formatMoney, formatShortDateTime } from '../../lib/format'
import { href, navigate } from '../../lib/router'
import { whatIfFrom } from '../../lib/what-if'
import { AlertList } from './AlertList'
import { FirstRun } from './FirstRun'
import { InboxBox } from './InboxBox'
import { UrgentOrders } from './UrgentOrders'
import { WhatIfControl } from './WhatIfControl'
import './alerts.css'
import { useLoad } from '../../lib/use-call'

const URGENT = 8
const ITEMS_PER_KIND = 5
/** Live figures are read again this often, so countdowns and overdue deliveries stay true on a screen left open. */
const REFRESH_MS = 5 * 60_000

interface Data {
  alerts: AlertsData
  urgent: TriagePage
}

export function AlertsScreen({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation()
  const { status, timeZone } = useApp()
  const at = whatIfFrom(params)
  const { shopId } = useShopFilter()
  // Without orders there is nothing to alert about: the first-run path shows instead.
  const empty = !status || status.orders === 0
  const loaded = useLoad(
    async (): Promise<Data> => {
      const [alerts, urgent] = await Promise.all([
        call('engine.alerts', { now: at, limit: ITEMS_PER_KIND, shopId }),
        call('engine.triage', { now: at, state: 'short', shopId, sort: 'urgency', limit: URGENT })
      ])
      return { alerts, urgent }
    },
    [at, shopId],
    !empty
  )
  const { reload, error } = loaded

  useEffect(() => {
    if (at || empty) return
    const timer = window.setInterval(reload, REFRESH_MS)
    return () => window.clearInterval(timer)
  }, [at, empty, reload])

  if (!status) {
    return (
      <div className="screen">
        <PageHeader title={t('alerts.title')} subtitle={t('alerts.subtitle')} />
        <p className="muted">{t('common.loading')}</p>
      </div>
    )
  }

  if (empty) {
    return (
      <div className="screen screen-scroll">
        <PageHeader title={t('alerts.title')} subtitle={t('alerts.subtitle')} />
        <InboxBox />
        <FirstRun status={status} />
      </div>
    )
  }

  // While a new moment loads, the previous figures stay (dimmed) rather than flashing away.
  const shown = loaded.data
  // While a refresh or a new moment is on its way, the figures before stay, dimmed.
  const stale = shown !== null && (loaded.loading || error !== null)
  const summary = shown?.alerts.summary
  const nowMs = at ? Date.parse(at) : null
  const n = (v: number) => formatInt(v)

  const subtitle = at ? (
    <span className="sim-subtitle">{t('alerts.subtitleWhatIf')}</span>
  ) : summary?.computedAt ? (
    <span data-testid="computed-at">{t('alerts.asOf', { time: formatShortDateTime(summary.computedAt, timeZone) })}</span>
  ) : (
    t('alerts.subtitle')
  )

  return (
    <div className={`screen screen-scroll alerts-screen${at ? ' simulating' : ''}`}>
      <PageHeader
        title={t('alerts.title')}
        subtitle={subtitle}
        actions={<WhatIfControl at={at} onApply={(iso) => navigate('alerts', { at: iso })} onExit={() => navigate('alerts')} />}
      />
      {at ? <SimulationBanner at={at} onExit={() => navigate('alerts')} /> : null}
      {shopId !== null ? (
        <p className="muted" data-testid="stock-shared-note">
          {t('shopFilter.stockShared')}
        </p>
      ) : null}
      {at ? null : <InboxBox />}
      {error ? <ErrorNotice error={error} onRetry={reload} /> : null}
      {!shown && !error ? <p className="muted">{t('common.loading')}</p> : null}
      {shown && summary ? (
        <div className={`alerts-body${stale ? ' stale' : ''}`} aria-busy={stale || undefined}>
          <div className="cards">
            <a
              className={`card card-link${summary.shortOrders > 0 ? ' card-danger' : ' card-ok'}`}
              href={triageHref({ state: 'short' }, at)}
              data-testid="card-short-orders"
            >
              <div className="card-label">{t('alerts.shortOrders')}</div>
              <div className="card-value">{n(summary.shortOrders)}</div>
              <div className="card-foot">
                {summary.shortOrders === 0
                  ? t('alerts.noShortOrdersShort')
                  : shown.alerts.overdueShort > 0
                    ? t('alerts.overdueShort', { count: shown.alerts.overdueShort })
                    : t('alerts.noneOverdue')}
              </div>
            </a>
            <a
              className={`card card-link${summary.lateFenShort > 0 ? ' card-warning' : ' card-ok'}`}
              href={triageHref({ state: 'short', sort: 'penalty' }, at)}
              data-testid="card-money-at-risk"
              title={t('alerts.moneyHint')}
            >
              <div className="card-label">{t('alerts.moneyAtRisk')}</div>
              <div className="card-value card-value-money" data-testid="money-at-risk">
                {formatMoney(summary.lateFenShort)}
              </div>
              <div className="card-foot card-foot-plain">
                {t('alerts.moneyOverdue', { money: formatMoney(shown.alerts.lateFenOverdue) })}
                <br />
                {t('alerts.moneyCancel', { money: formatMoney(summary.stockoutFenShort) })}
              </div>
            </a>
            <a className="card card-link" href={triageHref({})} data-testid="card-open-orders">
              <div className="card-label">{t('alerts.openOrders')}</div>
              <div className="card-value">{n(summary.openOrders)}</div>
              <div className="card-foot card-foot-plain">
                {t('alerts.openBreakdown', { ready: n(summary.readyOrders), short: n(summary.shortOrders) })}
                {summary.unmappedOrders > 0 ? ` · ${t('alerts.openUnmapped', { count: summary.unmappedOrders })}` : ''}
              </div>
            </a>
            <a
              className={`card card-link${status.outOfStockWithDemand > 0 ? ' card-warning-soft' : ''}`}
              href={href('inventory', { view: 'position' })}
              data-testid="card-skus"
            >
              <div className="card-label">{t('alerts.skus')}</div>
              <div className="card-value">{n(status.skus)}</div>
              <div className="card-foot card-foot-plain">
                {t('alerts.outOfStock')}: {n(status.outOfStockSkus)} · {t('alerts.belowSafety')}: {n(status.belowSafetyStock)}
              </div>
            </a>
          </div>

          <div className="two-col alerts-cols">
            <UrgentOrders rows={shown.urgent.rows} total={shown.urgent.total} summary={summary} at={at} nowMs={nowMs} />
            <AlertList groups={shown.alerts.groups} at={at} />
          </div>
        </div>
      ) : null}
    </div>
  )
}

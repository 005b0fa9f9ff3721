// The short orders to act on first, deadline first: countdown, what it lacks,
// the compensation at stake, and the engine's recommendation with its reason.
import { useTranslation } from 'react-i18next'
import type { EngineSummary, TriageRow } from '@shared/engine-types'
import { PlatformTag } from '../../components/Badges'
import { CountdownHint } from '../../components/Countdown'
import { RecommendationBadge } from '../../components/EngineBadges'
import { triageHref } from '../../lib/engine-links'
import { useEngineText } from '../../lib/engine-text'
import { formatInt, formatMoney } from '../../lib/format'
import { BoxHead } from '../../components/PageHeader'

interface Props {
  rows: TriageRow[]
  total: number
  summary: EngineSummary
  at: string | null
  nowMs: number | null
}

export function UrgentOrders({ rows, total, summary, at, nowMs }: Props) {
  const { t } = useTranslation()
  const text = useEngineText()
  const recs = [
    { key: 'wait', count: summary.wait },
    { key: 'substitute', count: summary.substitute },
    { key: 'cancel', count: summary.cancel }
  ] as const
  return (
    <section className="box urgent-box" aria-labelledby="urgent-title">
      <BoxHead id="urgent-title" title={t('alerts.urgentTitle')} hint={t('alerts.urgentHint')}>
        {total > 0 ? (
          <nav className="rec-summary" aria-label={t('alerts.recSummary')}>
            {recs.map((r) => (
              <a key={r.key} className={`rec-count rec-${r.key}`} href={triageHref({ state: 'short', rec: r.key }, at)}>
                <span>{t(`engine.recommendation.${r.key}`)}</span>
                <strong className="num">{formatInt(r.count)}</strong>
              </a>
            ))}
          </nav>
        ) : null}
      </BoxHead>
      {rows.length === 0 ? (
        <p className="all-clear" data-testid="urgent-empty">
          {t('alerts.noShortOrders')}
        </p>
      ) : (
        <ul className="urgent-list" data-testid="urgent-orders">
          {rows.map((r) => (
            <li key={r.orderId}>
              <a
                className={`urgent-item${r.overdue ? ' overdue' : ''}`}
                href={triageHref({ state: 'short', order: r.orderId }, at)}
                data-order-no={r.orderNo}
              >
                <span className="urgent-when">
                  {r.deadline ? (
                    <CountdownHint iso={r.deadline} nowMs={nowMs} />
                  ) : (
                    <span className="countdown">{t('triage.noDeadline')}</span>
                  )}
                  <span className="urgent-fen num" title={t('triage.lateFenHint')}>
                    {t('alerts.lateFen', { money: formatMoney(r.lateFen) })}
                  </span>
                </span>
                <span className="urgent-main">
                  <span className="urgent-line">
                    <PlatformTag platform={r.platform} />
                    <span className="mono urgent-no">{r.orderNo}</span>
                    {r.shortSku ? <span className="urgent-sku">{t('alerts.lacks', { sku: r.shortSku })}</span> : null}
                    <RecommendationBadge value={r.recommendation} />
                  </span>
                  <span className="urgent-reason" data-testid="urgent-reason">
                    {text(r.reason)}
                  </span>
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {total > rows.length ? (
        <a className="link small" href={triageHref({ state: 'short' }, at)}>
          {t('alerts.allShort', { count: total })} →
        </a>
      ) : null}
    </section>
  )
}

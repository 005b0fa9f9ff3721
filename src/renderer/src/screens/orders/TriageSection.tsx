// An open order through the stockout engine's eyes: can stock cover it, and if
// not, what to do (wait / offer a named substitute / cancel) and why, in words,
// with the money at stake either way.
import { useTranslation } from 'react-i18next'
import type { OrderTriage } from '@shared/engine-types'
import { RecommendationBadge, StateBadge } from '../../components/EngineBadges'
import { useApp } from '../../lib/app-context'
import { useEngineText } from '../../lib/engine-text'
import { formatDateTime, formatInt, formatMoney } from '../../lib/format'
import { href } from '../../lib/router'

export function TriageSection({ triage }: { triage: OrderTriage }) {
  const { t } = useTranslation()
  const { timeZone } = useApp()
  const text = useEngineText()
  const lacking = triage.lines.find((l) => l.lacking)
  return (
    <section
      className={`triage-box triage-${triage.state}${triage.recommendation ? ` triage-rec-${triage.recommendation}` : ''}`}
      data-testid="order-triage"
      aria-label={t('triage.sectionLabel')}
    >
      <div className="triage-head">
        <StateBadge state={triage.state} />
        {triage.recommendation ? (
          <span className="triage-rec">
            <span className="muted small">{t('triage.recommended')}</span>
            <RecommendationBadge value={triage.recommendation} substituteSku={triage.substituteSku} />
          </span>
        ) : null}
        <span className="spacer" />
        <span className="muted small" title={t('triage.rankHint')}>
          {t('triage.rank', { rank: formatInt(triage.rank) })}
        </span>
      </div>
      {triage.state === 'ready' ? <p className="triage-text">{t('triage.readyText')}</p> : null}
      {triage.state === 'unmapped' ? (
        <p className="triage-text">{t('triage.unmappedText', { codes: triage.unmappedCodes.join(', ') })}</p>
      ) : null}
      {triage.reason ? (
        <p className="triage-text triage-reason" data-testid="triage-reason">
          {text(triage.reason)}
        </p>
      ) : null}
      <dl className="triage-money">
        <div>
          <dt>{t('triage.lateFen')}</dt>
          <dd className="num" data-testid="triage-late-fen">
            {formatMoney(triage.lateFen)}
          </dd>
        </div>
        {triage.stockoutFen !== null ? (
          <div>
            <dt>{t('triage.stockoutFen')}</dt>
            <dd className="num">{formatMoney(triage.stockoutFen)}</dd>
          </div>
        ) : null}
        {triage.readyAt ? (
          <div>
            <dt>{t('triage.readyAtLabel')}</dt>
            <dd className="num">{formatDateTime(triage.readyAt, timeZone)}</dd>
          </div>
        ) : null}
      </dl>
      {triage.state === 'short' ? (
        <div className="triage-links">
          {triage.substituteProductId ? (
            <a className="link small" href={href('inventory', { sku: triage.substituteProductId })}>
              {t('triage.openSubstitute', { sku: triage.substituteSku ?? '' })} →
            </a>
          ) : null}
          {lacking?.productId ? (
            <a className="link small" href={href('incoming', { sku: lacking.productId, code: lacking.sku ?? lacking.merchantCode })}>
              {t('triage.openIncoming', { sku: lacking.sku ?? lacking.merchantCode })} →
            </a>
          ) : null}
        </div>
      ) : null}
    </section>
  )
}

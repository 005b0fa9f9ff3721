// The paragraph at the top, written from the core's figures (never from chart
// data), and the headline numbers beside it. "How computed" says what every
// figure means, so a supplier reading the printout can check it.
import { useState } from 'react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { Lang } from '@shared/i18n/translate'
import type { ReviewData } from '@shared/review-types'
import { formatInt } from '../../lib/format'
import { useApp } from '../../lib/app-context'
import { causeLabel, pct, yuanWhole } from './look'

export function summaryText(t: TFunction, lang: Lang, d: ReviewData, preset: number | null): string {
  const s = d.summary
  const r = d.range
  let text = preset !== null ? t('review.summary.lastDays', { days: preset, from: r.from, to: r.to }) : t('review.summary.between', { from: r.from, to: r.to })
  if (s.topCause === null) {
    text += t('review.summary.none')
  } else {
    text += t('review.summary.lead', { count: s.cases, pct: s.topCause.pct, cause: causeLabel(lang, s.topCause) })
    if (s.topCause.supplierName) text += t('review.summary.mostly', { supplier: s.topCause.supplierName, supplierCases: s.topCause.supplierCases })
    text += t('review.summary.money', { refund: yuanWhole(s.refundFen), compensation: yuanWhole(s.compensationFen), margin: yuanWhole(s.marginFen) })
  }
  if (s.orders > 0) text += t('review.summary.rate', { cancelled: formatInt(s.cancelled), orders: formatInt(s.orders), rate: pct(s.cancelRatePct).replace('%', '') })
  if (s.unclassified > 0) text += t('review.summary.unclassified', { count: s.unclassified })
  return text
}

export function ReviewSummary({ data, preset }: { data: ReviewData; preset: number | null }) {
  const { t } = useTranslation()
  const { lang } = useApp()
  const s = data.summary
  const stat = (label: string, value: string, note?: string, id?: string) => (
    <div className="stat" data-testid={id}>
      <div className="stat-label">{label}</div>
      <div className="stat-value stat-value-small">{value}</div>
      {note ? <div className="stat-note muted">{note}</div> : null}
    </div>
  )
  return (
    <section className="box review-summary" aria-label={t('review.summary.title')}>
      <h2 className="box-title">{t('review.summary.title')}</h2>
      <p className="review-summary-text" data-testid="review-summary">
        {summaryText(t, lang, data, preset)}
      </p>
      <div className="review-stats">
        {stat(t('review.stats.cases'), formatInt(s.cases), undefined, 'stat-cases')}
        {stat(t('review.stats.cancelRate'), pct(s.cancelRatePct), t('review.stats.cancelRateNote', { orders: formatInt(s.orders) }))}
        {stat(t('review.stats.refund'), yuanWhole(s.refundFen))}
        {stat(t('review.stats.compensation'), yuanWhole(s.compensationFen))}
        {stat(t('review.stats.margin'), yuanWhole(s.marginFen))}
        {stat(t('review.stats.lost'), yuanWhole(s.lostFen), t('review.stats.lostNote'))}
      </div>
    </section>
  )
}

export function HowComputed({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  return (
    <section className={`box review-how${open ? ' open' : ''}`} data-testid="review-how">
      <button type="button" className="review-how-toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        <span className="box-title">{t('review.how.title')}</span>
        <span className="menu-caret" aria-hidden="true">
          {open ? '▴' : '▾'}
        </span>
      </button>
      {/* Always in the page, so the printed report carries it; hidden on screen until opened. */}
      <ul className="review-how-body">
        {(['cases', 'weeks', 'money', 'rate', 'suppliers', 'skus'] as const).map((k) => (
          <li key={k}>{t(`review.how.${k}`, { timeZone })}</li>
        ))}
      </ul>
    </section>
  )
}

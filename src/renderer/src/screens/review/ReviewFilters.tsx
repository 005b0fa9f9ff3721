// The period (7/30/90 days or two dates) and the platform, supplier and cause
// filters. Custom dates apply with the button, so half-typed dates are never sent.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { REVIEW_PRESETS, type ReviewCause, type ReviewRange } from '@shared/review-types'
import type { Platform, Supplier } from '@shared/types'
import { DEFAULT_FILTERS, hasNarrowing, type Filters } from './filters'
import { SupplierOptions } from '../../components/SupplierOptions'
import { CauseFilter, PlatformSelect } from '../../components/EnumOptions'

export function ReviewFilters(props: {
  filters: Filters
  onChange: (f: Filters) => void
  suppliers: Supplier[]
  causes: ReviewCause[]
  range: ReviewRange | null
}) {
  const { t } = useTranslation()
  const f = props.filters
  const [custom, setCustom] = useState(f.period.kind === 'custom')
  const [from, setFrom] = useState(f.period.kind === 'custom' ? f.period.from : (props.range?.from ?? ''))
  const [to, setTo] = useState(f.period.kind === 'custom' ? f.period.to : (props.range?.to ?? ''))
  const badRange = from !== '' && to !== '' && from > to
  const set = (patch: Partial<Filters>) => props.onChange({ ...f, ...patch })

  return (
    <div className="review-filters no-print" role="group" aria-label={t('review.filters.label')}>
      <div className="chips" role="group" aria-label={t('review.filters.range')}>
        {REVIEW_PRESETS.map((days) => {
          const active = !custom && f.period.kind === 'preset' && f.period.days === days
          return (
            <button
              key={days}
              type="button"
              className={`chip${active ? ' active' : ''}`}
              aria-pressed={active}
              onClick={() => {
                setCustom(false)
                set({ period: { kind: 'preset', days } })
              }}
            >
              {t('review.filters.preset', { count: days })}
            </button>
          )
        })}
        <button
          type="button"
          className={`chip${custom ? ' active' : ''}`}
          aria-pressed={custom}
          onClick={() => {
            setCustom(true)
            if (!from && props.range) setFrom(props.range.from)
            if (!to && props.range) setTo(props.range.to)
          }}
        >
          {t('review.filters.custom')}
        </button>
      </div>
      {custom ? (
        <form
          className="review-dates"
          onSubmit={(e) => {
            e.preventDefault()
            if (from && to && !badRange) set({ period: { kind: 'custom', from, to } })
          }}
        >
          <label className="select-inline">
            <span>{t('review.filters.from')}</span>
            <input
              type="date"
              aria-label={t('review.filters.from')}
              value={from}
              max={to || undefined}
              onChange={(e) => setFrom(e.target.value)}
              aria-invalid={badRange}
            />
          </label>
          <label className="select-inline">
            <span>{t('review.filters.to')}</span>
            <input
              type="date"
              aria-label={t('review.filters.to')}
              value={to}
              min={from || undefined}
              onChange={(e) => setTo(e.target.value)}
              aria-invalid={badRange}
            />
          </label>
          <button type="submit" className="btn btn-small" disabled={!from || !to || badRange}>
            {t('review.filters.apply')}
          </button>
          {badRange ? (
            <span className="text-danger small" role="alert">
              {t('review.filters.badRange')}
            </span>
          ) : null}
        </form>
      ) : null}
      <span className="review-filters-break" />
      <PlatformSelect
        label={t('review.filters.platform')}
        value={f.platform}
        onChange={(platform: Platform | null) => set({ platform })}
        allLabel={t('review.filters.allPlatforms')}
      />
      <label className="select-inline">
        <span>{t('review.filters.supplier')}</span>
        <select
          aria-label={t('review.filters.supplier')}
          value={f.supplierId ?? ''}
          onChange={(e) => set({ supplierId: Number(e.target.value) || null })}
        >
          <option value="">{t('review.filters.allSuppliers')}</option>
          <SupplierOptions suppliers={props.suppliers} />
        </select>
      </label>
      <CauseFilter
        label={t('review.filters.cause')}
        allLabel={t('review.filters.allCauses')}
        causes={props.causes}
        value={f.cause}
        onChange={(cause) => set({ cause })}
      />
      {hasNarrowing(f) ? (
        <button type="button" className="btn btn-small btn-ghost" onClick={() => props.onChange({ ...DEFAULT_FILTERS, period: f.period })}>
          {t('review.filters.reset')}
        </button>
      ) : null}
    </div>
  )
}

// The supply-chain review (issue #6): why stock ran out, what it cost, and which
// supplier or SKU to fix, over a period and filters the owner picks. One call
// brings every figure, aggregated by SQL in the core; the charts only draw them.
// A bar lists its cases; every chart exports as PNG, CSV or Excel; the whole
// screen prints as a report (print stylesheet in review.css).
import { useShopFilter } from '../../lib/shop-filter'
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReviewChart } from '@shared/review-types'
import { call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Icon } from '../../components/Icon'
import { PageHeader } from '../../components/PageHeader'
import { useApp } from '../../lib/app-context'
import { useCall } from '../../lib/use-call'
import { formatDateTime } from '../../lib/format'
import type { BarRef } from './card-props'
import { CaseDrawer } from './CaseDrawer'
import { CausesCard } from './CausesCard'
import { callInput, filtersFromParams, type Filters } from './filters'
import { causeLabel } from './look'
import { MoneyCard } from './MoneyCard'
import { HowComputed, ReviewSummary } from './ReviewSummary'
import { SuggestionsFigure } from './SuggestionsFigure'
import { ReviewFilters } from './ReviewFilters'
import { SearchBox } from '../../components/SearchBox'
import { useListSearch } from '../../lib/use-list-params'
import { SkusCard } from './SkusCard'
import { SuppliersCard } from './SuppliersCard'
import { TrendCard } from './TrendCard'
import { usePrinting } from './use-printing'
import './review.css'
import { useSuppliers } from '../../lib/use-suppliers'

export function ReviewScreen({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation()
  const { lang, timeZone } = useApp()
  const [chosen, setFilters] = useState<Filters>(() => filtersFromParams(params))
  // The search narrows every chart to the cases whose order matches (debounced as in the lists).
  const { search, setSearch, query } = useListSearch(params)
  const filters = useMemo(() => ({ ...chosen, search: query }), [chosen, query])
  const { suppliers, error: suppliersError } = useSuppliers()
  const [bar, setBar] = useState<BarRef | null>(null)
  const printing = usePrinting()
  const { shopId } = useShopFilter()
  const review = useCall('review.data', { ...callInput(filters), shopId }, [filters, shopId])
  const data = review.data
  // The figures of the filters before stay on screen, dimmed, until the new ones arrive (or the call failed).
  const stale = data !== null && (review.loading || review.error !== null)
  const error = review.error
  const preset = filters.period.kind === 'preset' ? filters.period.days : null

  const exportRows = useCallback(
    (chart: ReviewChart, format: 'csv' | 'xlsx', order: 'cases' | 'money' = 'cases') =>
      call('export.report', { ...callInput(filters), shopId, chart, format, lang, order }),
    [filters, lang, shopId]
  )

  const supplierName =
    filters.supplierId === null ? null : (suppliers.find((s) => s.id === filters.supplierId)?.name ?? String(filters.supplierId))
  const causeName = (() => {
    if (filters.cause === null) return null
    const c = data?.causeList.find((x) => x.code === filters.cause)
    return c ? causeLabel(lang, c) : filters.cause
  })()
  const narrowing = [
    filters.platform ? `${t('review.filters.platform')} ${t(`platform.${filters.platform}`)}` : null,
    supplierName ? `${t('review.filters.supplier')} ${supplierName}` : null,
    causeName ? `${t('review.filters.cause')} ${causeName}` : null,
    query ? t('searchExport.review.active', { text: query }) : null
  ].filter((x): x is string => x !== null)
  const rangeText = data
    ? t('review.rangeText', { from: data.range.from, to: data.range.to, days: data.range.days, timeZone: data.range.timeZone })
    : ''
  const caption = [rangeText, narrowing.length ? t('review.filters.active', { list: narrowing.join(lang === 'zh-CN' ? '，' : ', ') }) : '']
    .filter(Boolean)
    .join(' · ')
  const cardProps = data ? { data, caption, onBar: setBar, exportRows, printing } : null

  return (
    <div className="screen screen-scroll review-screen" data-testid="review-screen">
      <PageHeader
        title={t('review.title')}
        subtitle={<span data-testid="review-range">{data ? caption : t('review.subtitle')}</span>}
        actions={
          <button
            type="button"
            className="btn no-print"
            onClick={() => window.print()}
            title={t('review.printHint')}
            data-testid="review-print"
          >
            <Icon name="file" size={16} />
            {t('review.print')}
          </button>
        }
      />
      {/* Rendered when printing starts, so it says when the report was printed. */}
      <div className="print-only review-print-head">
        {printing ? t('review.printedAt', { time: formatDateTime(new Date().toISOString(), timeZone) }) : null}
      </div>
      <div className="toolbar">
        <SearchBox
          label={t('searchExport.review.searchLabel')}
          placeholder={t('searchExport.review.searchPlaceholder')}
          value={search}
          onChange={setSearch}
        />
      </div>
      <ReviewFilters
        filters={filters}
        onChange={(f) => {
          setFilters(f)
          if (f.search === '') setSearch('')
        }}
        suppliers={suppliers}
        causes={data?.causeList ?? []}
        range={data?.range ?? null}
      />
      {suppliersError ? <ErrorNotice error={suppliersError} /> : null}
      {error ? <ErrorNotice error={error} onRetry={review.reload} /> : null}
      {!data && !error ? <p className="muted">{t('review.loading')}</p> : null}
      {data && cardProps ? (
        <div className={`review-body${stale ? ' review-stale' : ''}`} aria-busy={stale}>
          <ReviewSummary data={data} preset={preset} />
          <HowComputed timeZone={data.range.timeZone} />
          <SuggestionsFigure filters={filters} />
          <div className="review-grid">
            <CausesCard {...cardProps} />
            <SuppliersCard {...cardProps} />
            <TrendCard {...cardProps} />
            <MoneyCard {...cardProps} />
            <SkusCard {...cardProps} />
          </div>
        </div>
      ) : null}
      {bar && data ? <CaseDrawer bar={bar} filters={filters} causes={data.causeList} onClose={() => setBar(null)} /> : null}
    </div>
  )
}

// The review's small figure on the suggested causes (issue 16 point 5): of the
// cases in the period whose cause was recorded with a suggestion, how many took
// it and how many chose another. Same period, platform and shop as the charts.
import { useTranslation } from 'react-i18next'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useShopFilter } from '../../lib/shop-filter'
import { useCall } from '../../lib/use-call'
import { callInput, type Filters } from './filters'

export function SuggestionsFigure({ filters }: { filters: Filters }) {
  const { t } = useTranslation()
  const { days, from, to, platform } = callInput(filters)
  const { shopId } = useShopFilter()
  const counts = useCall('review.suggestions', { days, from, to, platform, shopId }, [days, from, to, platform, shopId])
  if (counts.error) return <ErrorNotice error={counts.error} onRetry={counts.reload} />
  const c = counts.data
  if (!c) return null
  return (
    <section className="review-suggestions" data-testid="review-suggestions" aria-label={t('causeSuggest.review.title')}>
      <h3>{t('causeSuggest.review.title')}</h3>
      {c.suggested === 0 ? (
        <p className="muted">{t('causeSuggest.review.none')}</p>
      ) : (
        <p>
          <span data-testid="review-suggestions-text">{t('causeSuggest.review.text', { ...c })}</span>
          {' · '}
          <span className="muted">{t('causeSuggest.review.rate', { pct: Math.round((c.confirmed / c.suggested) * 100) })}</span>
        </p>
      )}
    </section>
  )
}

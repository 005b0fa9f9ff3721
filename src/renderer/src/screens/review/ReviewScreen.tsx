import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'

/** The cause taxonomy from the domain notes; stable codes, labels in both languages. */
const CAUSES = [
  'supplier_shortage',
  'supplier_late',
  'demand_spike',
  'forecast_error',
  'oversell_sync',
  'count_error',
  'listing_error',
  'damaged_quality',
  'late_reorder',
  'other'
] as const

export function ReviewScreen() {
  const { t } = useTranslation()
  return (
    <div className="screen screen-scroll">
      <PageHeader title={t('review.title')} />
      <EmptyState icon="review" title={t('review.heading')}>
        <p>{t('review.body')}</p>
        <ul className="cause-list">
          {CAUSES.map((c) => (
            <li key={c}>{t(`review.cause.${c}`)}</li>
          ))}
        </ul>
        <p className="empty-note">{t('review.empty')}</p>
      </EmptyState>
    </div>
  )
}

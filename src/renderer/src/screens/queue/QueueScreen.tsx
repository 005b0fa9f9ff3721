import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'

const STEPS = ['notify', 'offer', 'cancel', 'refund', 'follow'] as const

export function QueueScreen() {
  const { t } = useTranslation()
  return (
    <div className="screen screen-scroll">
      <PageHeader title={t('queue.title')} />
      <EmptyState icon="queue" title={t('queue.heading')}>
        <p>{t('queue.body')}</p>
        <ol className="steps">
          {STEPS.map((s) => (
            <li key={s}>{t(`queue.steps.${s}`)}</li>
          ))}
        </ol>
        <p className="empty-note">{t('queue.empty')}</p>
      </EmptyState>
    </div>
  )
}

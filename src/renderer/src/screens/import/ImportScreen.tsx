import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../components/EmptyState'
import { Icon } from '../../components/Icon'
import { PageHeader } from '../../components/PageHeader'

const SOURCES = ['pdd', 'taobao', 'douyin'] as const

export function ImportScreen() {
  const { t } = useTranslation()
  return (
    <div className="screen screen-scroll">
      <PageHeader title={t('import.title')} />
      <EmptyState icon="import" title={t('import.heading')}>
        <p>{t('import.body')}</p>
        <ul className="source-list">
          {SOURCES.map((s) => (
            <li key={s}>
              <Icon name="file" size={16} />
              <span className={`platform platform-${s}`}>{t(`platform.${s}`)}</span>
              <span>{t(`import.source.${s}`)}</span>
            </li>
          ))}
        </ul>
        <p className="muted small">{t('import.safety')}</p>
        <p className="empty-note">{t('import.empty')}</p>
      </EmptyState>
    </div>
  )
}

import { useTranslation } from 'react-i18next'
import type { ImportJobStatus } from '@shared/types'
import { ProgressBar } from '../../components/ProgressBar'
import { formatInt } from '../../lib/format'

/** The running job: what it is doing, how far along, and a way to stop it. */
export function ImportProgress({ status, cancelling, onCancel }: { status: ImportJobStatus; cancelling: boolean; onCancel: () => void }) {
  const { t } = useTranslation()
  const title = status.dryRun ? t('import.progress.previewTitle') : t('import.progress.importTitle')
  // Early phases report 0 of 1 until they know how much there is.
  const known = status.total > 1
  return (
    <section className="box import-progress" aria-label={title} data-testid="import-progress">
      <div className="import-progress-head">
        <h2 className="box-title">{title}</h2>
        <span className="muted" role="status">
          {t(`import.progress.${status.phase}`)}
          {known ? ` ${t('import.progress.count', { done: formatInt(status.done), total: formatInt(status.total) })}` : ''}
        </span>
      </div>
      <ProgressBar value={status.done} max={known ? status.total : 0} label={title} />
      <div className="import-progress-foot">
        <span className="muted small">{status.dryRun ? t('import.progress.previewHint') : t('import.progress.importHint')}</span>
        <button type="button" className="btn" onClick={onCancel} disabled={cancelling}>
          {cancelling ? t('import.progress.cancelling') : t('common.cancel')}
        </button>
      </div>
    </section>
  )
}

import { useTranslation } from 'react-i18next'
import type { ApiError } from '@shared/errors'
import { errorText } from '../i18n'

/** An API error in the user's language, announced to screen readers, with an optional retry. */
export function ErrorNotice({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="notice notice-error" role="alert">
      <span>{errorText(t, error)}</span>
      {onRetry ? (
        <button type="button" className="btn btn-small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  )
}

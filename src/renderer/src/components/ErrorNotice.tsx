import { useTranslation } from 'react-i18next'
import type { ApiError } from '@shared/errors'
import { errorText } from '../i18n'

/**
 * An API error in the user's language (or a message already in words, such as why a
 * step is refused), announced to screen readers, with an optional retry.
 */
export function ErrorNotice({ error, onRetry, testId }: { error: ApiError | string; onRetry?: () => void; testId?: string }) {
  const { t } = useTranslation()
  return (
    <div className="notice notice-error" role="alert" data-testid={testId}>
      <span>{typeof error === 'string' ? error : errorText(t, error)}</span>
      {onRetry ? (
        <button type="button" className="btn btn-small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  )
}

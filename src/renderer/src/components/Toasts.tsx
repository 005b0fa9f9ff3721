import { useTranslation } from 'react-i18next'
import { useApp } from '../lib/app-context'

export function Toasts() {
  const { t } = useTranslation()
  const { toasts, dismiss } = useApp()
  return (
    <div className="toasts" role="region" aria-label={t('common.notifications')}>
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'}>
          <span>{toast.text}</span>
          <button type="button" className="icon-btn" aria-label={t('common.dismiss')} onClick={() => dismiss(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  )
}

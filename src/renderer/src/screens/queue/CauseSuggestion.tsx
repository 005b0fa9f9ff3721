// The cause the records point to, shown at the cause step with its facts in words,
// and one button to record it. Nothing is chosen in the form below for the
// merchant: without a click on "confirm" (or a cause picked by hand) Ctrl+Enter
// still refuses. No suggestion when the data shows none.
import { useTranslation } from 'react-i18next'
import { formatEngineMessage } from '@shared/engine-format'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useApp } from '../../lib/app-context'
import { useCall } from '../../lib/use-call'

export function CauseSuggestion({ caseId, busy, onConfirm }: { caseId: number; busy: boolean; onConfirm: (code: string) => void }) {
  const { t } = useTranslation()
  const { lang, timeZone } = useApp()
  const found = useCall('queue.suggestCause', { caseId }, [caseId])
  if (found.error) return <ErrorNotice error={found.error} onRetry={found.reload} />
  if (found.loading && !found.data) return <p className="muted">{t('causeSuggest.loading')}</p>
  const s = found.data
  if (!s) return <p className="muted cause-suggestion-none" data-testid="cause-suggestion-none">{t('causeSuggest.none')}</p>
  return (
    <section className="cause-suggestion" data-testid="cause-suggestion">
      <strong>{t('causeSuggest.title', { cause: lang === 'en' ? s.labelEn : s.labelZh })}</strong>
      <div className="muted">{t('causeSuggest.why')}</div>
      <ul>
        {s.facts.map((f, i) => (
          <li key={i}>{formatEngineMessage(lang, f, timeZone)}</li>
        ))}
      </ul>
      <button type="button" className="btn btn-small" disabled={busy} data-testid="cause-confirm" onClick={() => onConfirm(s.code)}>
        {t('causeSuggest.confirm')}
      </button>
      <span className="muted cause-suggestion-hint">{t('causeSuggest.confirmHint')}</span>
    </section>
  )
}

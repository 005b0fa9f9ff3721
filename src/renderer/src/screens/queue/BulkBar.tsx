// Shown while cases are selected (x or the row checkboxes): one action on all of
// them. Each case is checked on its own by the core; the refused ones are listed.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BulkResult, CancelReason, StockoutCause } from '@shared/queue-types'
import { call, toApiError } from '../../api'
import { errorText } from '../../i18n'
import { useApp } from '../../lib/app-context'
import { causeLabel, reasonLabel } from '@shared/queue-format'

export function BulkBar(props: {
  selected: number[]
  reasons: CancelReason[]
  causes: StockoutCause[]
  onDone: () => void
  onClear: () => void
}) {
  const { t } = useTranslation()
  const { lang, notify } = useApp()
  // Reasons by their preset code, so one choice fits cases on every platform.
  const codes = [...new Map(props.reasons.filter((r) => !r.archived).map((r) => [r.code, r])).values()].sort(
    (a, b) => a.position - b.position
  )
  const [reasonCode, setReasonCode] = useState(codes[0]?.code ?? 'out_of_stock')
  // No cause is chosen for the merchant (one click would record it on every selected case).
  const [cause, setCause] = useState('')
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<BulkResult | null>(null)

  async function run(action: 'notify' | 'cancel' | 'cause'): Promise<void> {
    setBusy(true)
    try {
      const r = await call('queue.bulk', {
        caseIds: props.selected,
        action,
        channel: 'platform_chat',
        reasonId: null,
        reasonCode: action === 'cancel' ? reasonCode : null,
        cause: action === 'cause' ? cause : null,
        supplierId: null,
        note: ''
      })
      setResult(r)
      notify(t('queue.bulk.done', { done: r.done, refused: r.refused.length }), r.refused.length ? 'info' : 'success')
      props.onDone()
    } catch (e) {
      notify(errorText(t, toApiError(e)), 'error')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="q-bulk" role="region" aria-label={t('queue.bulk.label')} data-testid="bulk-bar">
      <strong>{t('queue.bulk.selected', { count: props.selected.length })}</strong>
      <button type="button" className="btn btn-small" disabled={busy} onClick={() => void run('notify')}>
        {t('queue.bulk.notify')}
      </button>
      <span className="q-bulk-group">
        <select aria-label={t('queue.form.reason')} value={reasonCode} onChange={(e) => setReasonCode(e.target.value)}>
          {codes.map((r) => (
            <option key={r.code} value={r.code}>
              {reasonLabel(lang, r)}
            </option>
          ))}
        </select>
        <button type="button" className="btn btn-small" disabled={busy} onClick={() => void run('cancel')}>
          {t('queue.bulk.cancel')}
        </button>
      </span>
      <span className="q-bulk-group">
        <select aria-label={t('queue.form.cause')} value={cause} onChange={(e) => setCause(e.target.value)}>
          <option value="" disabled>
            {t('queueWork.cause.choose')}
          </option>
          {props.causes
            .filter((c) => !c.archived)
            .map((c) => (
              <option key={c.code} value={c.code}>
                {causeLabel(lang, c)}
              </option>
            ))}
        </select>
        <button type="button" className="btn btn-small" disabled={busy || !cause} onClick={() => void run('cause')}>
          {t('queue.bulk.cause')}
        </button>
      </span>
      <button type="button" className="btn btn-small btn-ghost" onClick={props.onClear}>
        {t('queue.bulk.clear')}
      </button>
      {result && result.refused.length ? (
        <details className="q-bulk-refused">
          <summary>{t('queue.bulk.refused', { count: result.refused.length })}</summary>
          <ul>
            {result.refused.slice(0, 50).map((r) => (
              <li key={r.caseId}>
                <span className="mono">{r.orderNo}</span>:{' '}
                {errorText(t, { code: 'illegal_transition', messageKey: r.messageKey, params: r.params })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  )
}

// In the preview: each order-status text the app does not know, with a choice of what it means.
// Checking again with the choices shows their effect; importing saves them for the platform.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ORDER_STATUSES, type OrderStatus, type UnknownStatus } from '@shared/types'
import { formatInt } from '../../lib/format'

interface Props {
  unknown: UnknownStatus[]
  chosen: Record<string, OrderStatus>
  busy: boolean
  onApply: (map: Record<string, OrderStatus>) => void
}

export function UnknownStatusChooser({ unknown, chosen, busy, onApply }: Props) {
  const { t } = useTranslation()
  const [picks, setPicks] = useState<Record<string, OrderStatus | ''>>({})
  if (unknown.length === 0) return null
  const complete = unknown.every((u) => picks[u.text])
  return (
    <section className="box" aria-labelledby="unknown-statuses-title" data-testid="unknown-statuses">
      <h2 className="box-title" id="unknown-statuses-title">
        {t('unknownStatuses.title')}
      </h2>
      <p className="muted small">{t('unknownStatuses.body')}</p>
      <ul className="plain-list">
        {unknown.map((u) => (
          <li key={u.text} className="row-between">
            <span>
              <strong>{u.text}</strong>{' '}
              <span className="muted small">
                {u.file ? `${u.file} · ` : ''}
                {t('unknownStatuses.rows', { count: u.rows, row: formatInt(u.firstRow) })}
              </span>
            </span>
            <select
              aria-label={`${u.text} ${t('unknownStatuses.choose')}`}
              value={picks[u.text] ?? ''}
              disabled={busy}
              onChange={(e) => setPicks((p) => ({ ...p, [u.text]: e.target.value as OrderStatus | '' }))}
            >
              <option value="">{t('unknownStatuses.choose')}</option>
              {ORDER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`statusMeaning.${s}`)}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="btn btn-primary"
        disabled={busy || !complete}
        onClick={() => {
          const map: Record<string, OrderStatus> = { ...chosen }
          for (const [text, s] of Object.entries(picks)) if (s) map[text] = s
          onApply(map)
        }}
      >
        {t('unknownStatuses.apply')}
      </button>
    </section>
  )
}

// Pick other SKUs as substitutes by searching; chosen ones show as removable chips.
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSkuSearch } from '../../lib/use-sku-search'
import { ErrorNotice } from '../../components/ErrorNotice'

export interface SubstituteRef {
  id: number
  merchantCode: string
  name: string
  spec: string
}

interface Props {
  selfId: number | null
  value: SubstituteRef[]
  onChange: (v: SubstituteRef[]) => void
  error?: string | undefined
}

export function SubstitutePicker({ selfId, value, onChange, error }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const [text, setText] = useState('')
  const search = useSkuSearch(text)

  const chosen = new Set(value.map((s) => s.id))
  const results = (search.rows ?? []).filter((r) => r.id !== selfId && !chosen.has(r.id))

  function add(r: SubstituteRef): void {
    onChange([...value, { id: r.id, merchantCode: r.merchantCode, name: r.name, spec: r.spec }])
    setText('')
  }

  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label className="field-label" htmlFor={id}>
        {t('fields.substituteIds')}
      </label>
      {value.length > 0 ? (
        <ul className="token-list">
          {value.map((s) => (
            <li key={s.id} className="token">
              <span className="mono">{s.merchantCode}</span>
              <span className="token-name">{s.name}</span>
              <button
                type="button"
                className="token-remove"
                aria-label={t('productForm.substituteRemove', { code: s.merchantCode })}
                onClick={() => onChange(value.filter((x) => x.id !== s.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        id={id}
        type="search"
        value={text}
        placeholder={t('productForm.substituteSearch')}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          // Enter picks the first match instead of submitting the whole form.
          if (e.key === 'Enter') {
            e.preventDefault()
            const firstMatch = results[0]
            if (firstMatch) add(firstMatch)
          }
        }}
      />
      {search.error ? <ErrorNotice error={search.error} /> : null}
      {search.rows ? (
        results.length ? (
          <ul className="row-list picker-results" aria-label={t('productForm.substituteSearch')}>
            {results.map((r) => (
              <li key={r.id}>
                <button type="button" className="sku-row picker-item" aria-label={t('productForm.substituteAdd', { code: r.merchantCode })} onClick={() => add(r)}>
                  <span className="mono">{r.merchantCode}</span>
                  <span className="sku-row-name">
                    {r.name}
                    {r.spec ? <span className="muted"> · {r.spec}</span> : null}
                  </span>
                  <span className="muted num">{r.onHand}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">{t('productForm.substituteNoMatch')}</p>
        )
      ) : null}
      {error ? (
        <div className="field-error" role="alert">
          {error}
        </div>
      ) : (
        <div id={`${id}-hint`} className="field-hint">
          {t('productForm.substitutesHint')}
        </div>
      )}
    </div>
  )
}

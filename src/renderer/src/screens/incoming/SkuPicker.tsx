// Choose one SKU by typing part of its merchant code, name or spec.
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProductRow } from '@shared/types'
import { formatInt } from '../../lib/format'
import { useSkuSearch } from '../../lib/use-sku-search'
import { ErrorNotice } from '../../components/ErrorNotice'

export interface SkuRef {
  id: number
  merchantCode: string
  name: string
  spec: string
  supplierId: number | null
  supplierName: string | null
  leadTimeDays: number
  onHand?: number
}

export function SkuPicker(props: {
  value: SkuRef | null
  onChange: (v: SkuRef | null) => void
  error?: string | undefined
  locked?: boolean
}) {
  const { t } = useTranslation()
  const id = useId()
  const [text, setText] = useState('')
  const search = useSkuSearch(text)

  const results = search.rows ?? []
  const pick = (r: ProductRow) => {
    props.onChange({
      id: r.id,
      merchantCode: r.merchantCode,
      name: r.name,
      spec: r.spec,
      supplierId: r.supplierId,
      supplierName: r.supplierName,
      leadTimeDays: r.leadTimeDays,
      onHand: r.onHand
    })
    setText('')
  }

  return (
    <div className={`field${props.error ? ' has-error' : ''}`}>
      <label className="field-label" htmlFor={id}>
        {t('incoming.form.sku')}
        <span className="req" aria-hidden="true">
          {' '}
          *
        </span>
      </label>
      {props.value ? (
        <div className="sku-chosen" data-testid="sku-chosen">
          <span className="mono">{props.value.merchantCode}</span>
          <span className="sku-chosen-name">
            {props.value.name}
            {props.value.spec ? <span className="muted"> · {props.value.spec}</span> : null}
          </span>
          {props.locked ? null : (
            <button type="button" className="btn btn-small" id={id} onClick={() => props.onChange(null)}>
              {t('incoming.form.changeSku')}
            </button>
          )}
        </div>
      ) : (
        <>
          <input
            id={id}
            type="search"
            value={text}
            data-autofocus
            placeholder={t('incoming.form.skuSearch')}
            autoComplete="off"
            aria-invalid={props.error ? true : undefined}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                const first = results[0]
                if (first) pick(first)
              }
            }}
          />
          {search.error ? <ErrorNotice error={search.error} /> : null}
          {search.rows ? (
            results.length ? (
              <ul className="row-list picker-results" aria-label={t('incoming.form.skuResults')}>
                {results.map((r) => (
                  <li key={r.id}>
                    <button type="button" className="sku-row picker-item" onClick={() => pick(r)}>
                      <span className="mono">{r.merchantCode}</span>
                      <span className="sku-row-name">
                        {r.name}
                        {r.spec ? <span className="muted"> · {r.spec}</span> : null}
                      </span>
                      <span className="muted num">{t('incoming.form.onHandShort', { n: formatInt(r.onHand) })}</span>
                    </button>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted small">{t('incoming.form.noMatch')}</p>
            )
          ) : null}
        </>
      )}
      {props.error ? (
        <div className="field-error" role="alert">
          {props.error}
        </div>
      ) : null}
    </div>
  )
}

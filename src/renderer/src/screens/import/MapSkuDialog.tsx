// Link an unknown merchant code to one of the shop's SKUs, found by searching.
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '@shared/errors'
import type { Platform, ProductRow, UnknownSku } from '@shared/types'
import { call, toApiError } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Modal } from '../../components/Modal'
import { formatInt } from '../../lib/format'
import { useDebounced } from '../../lib/use-debounced'

interface Props {
  sku: UnknownSku
  platform: Platform
  onClose: () => void
  onSaved: (message: string) => void
}

export function MapSkuDialog({ sku, platform, onClose, onSaved }: Props) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const query = useDebounced(text.trim(), 200)
  const [found, setFound] = useState<{ query: string; rows: ProductRow[]; total: number } | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [saving, setSaving] = useState<number | null>(null)

  useEffect(() => {
    let live = true
    call('products.list', { search: query, limit: 30 }).then(
      (page) => live && setFound({ query, rows: page.rows, total: page.total }),
      (e: unknown) => live && setError(toApiError(e))
    )
    return () => {
      live = false
    }
  }, [query])

  async function choose(p: ProductRow): Promise<void> {
    if (saving !== null) return
    setSaving(p.id)
    setError(null)
    try {
      await call('skuMappings.save', { platform, code: sku.code, productId: p.id })
      onSaved(t('import.map.saved', { code: sku.code, sku: p.merchantCode }))
    } catch (e) {
      setError(toApiError(e))
      setSaving(null)
    }
  }

  const rows = found?.rows ?? []
  return (
    <Modal
      title={t('import.map.title', { code: sku.code })}
      subtitle={[sku.title, sku.spec].filter(Boolean).join(' · ')}
      onClose={onClose}
      width={620}
      testId="map-sku-dialog"
    >
      <div className="modal-body">
        <p className="muted small">{t('import.map.hint')}</p>
        <input
          type="search"
          aria-label={t('import.map.search')}
          placeholder={t('import.map.search')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
        />
        {error ? <ErrorNotice error={error} /> : null}
        {found && rows.length === 0 ? <p className="muted">{t('import.map.noMatch')}</p> : null}
        {rows.length > 0 ? (
          <ul className="row-list picker-results map-results" aria-label={t('import.map.results')}>
            {rows.map((p) => (
              <li key={p.id}>
                <button type="button" className="sku-row picker-item" disabled={saving !== null} onClick={() => void choose(p)}>
                  <span className="mono">{p.merchantCode}</span>
                  <span className="sku-row-name">
                    {p.name}
                    {p.spec ? <span className="muted"> · {p.spec}</span> : null}
                  </span>
                  <span className="muted num">{saving === p.id ? t('common.saving') : t('import.map.onHand', { n: formatInt(p.onHand) })}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {found && found.total > rows.length ? <p className="muted small">{t('import.map.more', { count: found.total - rows.length })}</p> : null}
      </div>
      <footer className="modal-foot">
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </footer>
    </Modal>
  )
}

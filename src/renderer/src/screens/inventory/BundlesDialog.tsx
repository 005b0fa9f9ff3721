// Inventory › Bundles: define a bundle (one shop code shipping several SKUs × quantity), edit it, see
// where it is used, remove it. Orders for a bundle take its parts' stock.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { bundlePartsText, parseBundleParts } from '@shared/bundle-parts'
import type { ApiError } from '@shared/errors'
import type { Bundle } from '@shared/types'
import { call, toApiError } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Field } from '../../components/Field'
import { Modal } from '../../components/Modal'
import { useApp } from '../../lib/app-context'
import { useCall } from '../../lib/use-call'

export function BundlesDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const { notify, refreshStatus } = useApp()
  const [code, setCode] = useState('')
  const [name, setName] = useState('')
  const [parts, setParts] = useState('')
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)

  // The list: a failed read is shown (below), never an empty list.
  const listed = useCall('bundles.list', {}, [])
  const list = listed.data
  const load = async (): Promise<void> => listed.reload()

  async function save(): Promise<void> {
    const parsed = parseBundleParts(parts)
    if (!parsed) {
      setError({ code: 'invalid_input', messageKey: 'bundles.badParts' })
      return
    }
    setBusy(true)
    setError(null)
    try {
      const b = await call('bundles.set', { code: code.trim(), name: name.trim(), parts: parsed })
      notify(t('bundles.saved', { code: b.code }))
      setCode('')
      setName('')
      setParts('')
      refreshStatus()
      await load()
    } catch (e) {
      setError(toApiError(e))
    } finally {
      setBusy(false)
    }
  }

  async function remove(b: Bundle): Promise<void> {
    setBusy(true)
    setError(null)
    try {
      await call('bundles.remove', { code: b.code })
      notify(t('bundles.removed', { code: b.code }))
      refreshStatus()
      await load()
    } catch (e) {
      setError(toApiError(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal title={t('bundles.title')} subtitle={t('bundles.hint')} onClose={onClose} width={640} testId="bundles-dialog">
      <div className="modal-body">
        {list && list.length === 0 ? <p className="muted">{t('bundles.empty')}</p> : null}
        {list && list.length > 0 ? (
          <table className="table" data-testid="bundles-table">
            <thead>
              <tr>
                <th>{t('bundles.code')}</th>
                <th>{t('bundles.parts')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {list.map((b) => (
                <tr key={b.code}>
                  <td>
                    <strong className="mono">{b.code}</strong> {b.name}
                    <div className="muted small">{t('bundles.usedBy', { lines: b.lines, open: b.openOrders })}</div>
                  </td>
                  <td className="mono">{b.parts.map((p) => `${p.merchantCode} ×${p.quantity}`).join('、')}</td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-ghost btn-small"
                      disabled={busy}
                      onClick={() => {
                        setCode(b.code)
                        setName(b.name)
                        setParts(bundlePartsText(b.parts))
                      }}
                    >
                      {t('bundles.edit')}
                    </button>
                    <button type="button" className="btn btn-ghost btn-small" disabled={busy} onClick={() => void remove(b)}>
                      {t('bundles.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <form
          onSubmit={(e) => {
            e.preventDefault()
            void save()
          }}
        >
          <div className="form-grid">
            <Field label={t('bundles.code')}>
              <input value={code} maxLength={64} disabled={busy} autoComplete="off" onChange={(e) => setCode(e.target.value)} />
            </Field>
            <Field label={t('bundles.name')}>
              <input value={name} maxLength={200} disabled={busy} autoComplete="off" onChange={(e) => setName(e.target.value)} />
            </Field>
          </div>
          <Field label={t('bundles.parts')} hint={t('bundles.partsHint')}>
            <textarea value={parts} rows={3} disabled={busy} placeholder="A001x1, B011x2" onChange={(e) => setParts(e.target.value)} />
          </Field>
          {error || listed.error ? <ErrorNotice error={(error ?? listed.error)!} /> : null}
          <footer className="modal-foot">
            <button type="button" className="btn" onClick={onClose}>
              {t('common.close')}
            </button>
            <button type="submit" className="btn btn-primary" disabled={busy || !code.trim() || !parts.trim()}>
              {t('bundles.save')}
            </button>
          </footer>
        </form>
      </div>
    </Modal>
  )
}

// The supplier will not deliver: cancel the delivery (optionally saying why). The
// engine stops counting on it, so orders that were waiting for it may be told to cancel.
import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { IncomingRow } from '@shared/engine-types'
import type { ApiError } from '@shared/errors'
import { call, toApiError } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Field } from '../../components/Field'
import { Modal } from '../../components/Modal'

export function CancelDialog({
  delivery,
  onClose,
  onDone
}: {
  delivery: IncomingRow
  onClose: () => void
  onDone: (row: IncomingRow) => void
}) {
  const { t } = useTranslation()
  const [reason, setReason] = useState('')
  const [formError, setFormError] = useState<ApiError | null>(null)
  const [pending, setPending] = useState(false)
  const inFlight = useRef(false)

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault()
    if (inFlight.current) return
    inFlight.current = true
    setPending(true)
    setFormError(null)
    try {
      onDone(await call('incoming.cancel', { id: delivery.id, reason: reason.trim() }))
    } catch (err) {
      setFormError(toApiError(err))
      inFlight.current = false
      setPending(false)
    }
  }

  return (
    <Modal
      title={t('incoming.cancel.title')}
      subtitle={t('incoming.cancel.subtitle', { code: delivery.merchantCode, n: delivery.quantity })}
      onClose={onClose}
      width={480}
      testId="cancel-incoming-dialog"
    >
      <form onSubmit={submit} noValidate>
        <div className="modal-body">
          <p>{t('incoming.cancel.body')}</p>
          <Field label={t('incoming.cancel.reason')}>
            <input
              type="text"
              value={reason}
              maxLength={500}
              autoComplete="off"
              data-autofocus
              onChange={(e) => setReason(e.target.value)}
            />
          </Field>
          {formError ? <ErrorNotice error={formError} /> : null}
        </div>
        <footer className="modal-foot">
          <button type="button" className="btn" onClick={onClose}>
            {t('incoming.cancel.keep')}
          </button>
          <button type="submit" className="btn btn-danger" disabled={pending}>
            {pending ? t('common.saving') : t('incoming.cancel.submit')}
          </button>
        </footer>
      </form>
    </Modal>
  )
}

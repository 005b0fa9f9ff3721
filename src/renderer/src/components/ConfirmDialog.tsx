// "Are you sure?" for actions that undo the user's own work (delete a rule, reset a preset).
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '@shared/errors'
import { toApiError } from '../api'
import { ErrorNotice } from './ErrorNotice'
import { Modal } from './Modal'

export function ConfirmDialog(props: {
  title: string
  children: ReactNode
  confirm: string
  danger?: boolean
  onConfirm: () => Promise<void>
  onClose: () => void
  testId?: string
}) {
  const { t } = useTranslation()
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  async function run(): Promise<void> {
    setPending(true)
    setError(null)
    try {
      await props.onConfirm()
    } catch (e) {
      setError(toApiError(e))
      setPending(false)
    }
  }
  return (
    <Modal title={props.title} onClose={props.onClose} width={460} testId={props.testId}>
      <div className="modal-body">
        {props.children}
        {error ? <ErrorNotice error={error} /> : null}
      </div>
      <footer className="modal-foot">
        <button type="button" className="btn" onClick={props.onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className={`btn ${props.danger ? 'btn-danger' : 'btn-primary'}`}
          disabled={pending}
          onClick={() => void run()}
          data-autofocus
        >
          {pending ? t('common.saving') : props.confirm}
        </button>
      </footer>
    </Modal>
  )
}

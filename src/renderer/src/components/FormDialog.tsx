// A dialog holding one form: the Modal, the form (Enter submits, no browser
// validation bubbles), its body, the error that belongs to no field, and the
// Cancel / Submit footer whose button says "Saving…" while the call runs. The
// dialogs then hold only their fields; useSubmit guards the submit itself.
import type { FormEvent, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '@shared/errors'
import { ErrorNotice } from './ErrorNotice'
import { Modal } from './Modal'

export function FormDialog(props: {
  title: ReactNode
  subtitle?: ReactNode
  onClose: () => void
  onSubmit: (e: FormEvent) => void
  pending: boolean
  submitLabel: string
  formError?: ApiError | null
  width?: number
  testId?: string
  /** A body laid out as a grid (`form-grid`): the form's error then spans both columns. */
  grid?: boolean
  children: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <Modal title={props.title} subtitle={props.subtitle} onClose={props.onClose} width={props.width} testId={props.testId}>
      <form onSubmit={props.onSubmit} noValidate>
        <div className={props.grid ? 'modal-body form-grid' : 'modal-body'}>
          {props.children}
          {props.formError && props.grid ? (
            <div className="span-2">
              <ErrorNotice error={props.formError} />
            </div>
          ) : props.formError ? (
            <ErrorNotice error={props.formError} />
          ) : null}
        </div>
        <footer className="modal-foot">
          <button type="button" className="btn" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={props.pending}>
            {props.pending ? t('common.saving') : props.submitLabel}
          </button>
        </footer>
      </form>
    </Modal>
  )
}

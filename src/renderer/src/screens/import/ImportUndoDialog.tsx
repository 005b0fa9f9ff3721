// Undo an import: the dialog reads what undoing would put back (orders removed and restored,
// stock movements taken back, SKUs…) and asks to confirm; when something done since depends on
// the import, it says what, and offers only Close.
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { UndoPlan, UndoResult } from '@shared/import-undo-types'
import { call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { FormDialog } from '../../components/FormDialog'
import { Modal } from '../../components/Modal'
import { useApp } from '../../lib/app-context'
import { formatDateTime } from '../../lib/format'
import { useCall } from '../../lib/use-call'
import { useSubmit } from '../../lib/use-submit'

/** The counts a plan lists, in the order the dialog says them. */
const COUNTS = [
  'ordersRemoved',
  'ordersRestored',
  'movesReversed',
  'productsRemoved',
  'productsRestored',
  'suppliersRemoved',
  'bundlesReverted',
  'statusMeaningsReverted',
  'mappingsRemoved'
] as const satisfies readonly (keyof UndoPlan)[]

export function ImportUndoDialog({ batchId, onClose, onDone }: { batchId: number; onClose: () => void; onDone: (r: UndoResult) => void }) {
  const { t } = useTranslation()
  const { timeZone } = useApp()
  const { data: plan, error } = useCall('import.undo.plan', { batchId }, [batchId])
  const { submit: run, form } = useSubmit([] as const)

  if (error) {
    return (
      <Modal title={t('importUndo.undo')} onClose={onClose} width={520} testId="import-undo-dialog">
        <div className="modal-body">
          <ErrorNotice error={error} />
        </div>
      </Modal>
    )
  }
  if (!plan) return null
  const subtitle = t('importUndo.dialog.subtitle', { at: formatDateTime(plan.importedAt, timeZone) })
  if (plan.refusal) {
    return (
      <Modal
        title={t('importUndo.dialog.refusedTitle', { file: plan.fileName })}
        subtitle={subtitle}
        onClose={onClose}
        width={520}
        testId="import-undo-dialog"
      >
        <div className="modal-body">
          <ErrorNotice error={{ code: 'conflict', ...plan.refusal }} testId="import-undo-refusal" />
        </div>
        <footer className="modal-foot">
          <button type="button" className="btn" onClick={onClose} data-autofocus>
            {t('importUndo.dialog.close')}
          </button>
        </footer>
      </Modal>
    )
  }
  const lines = COUNTS.filter((k) => plan[k] > 0)
  const submit = (e: FormEvent): Promise<void> =>
    run(
      e,
      () => ({}),
      async () => onDone(await call('import.undo', { batchId }))
    )
  return (
    <FormDialog
      title={t('importUndo.dialog.title', { file: plan.fileName })}
      subtitle={subtitle}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('importUndo.dialog.confirm')}
      width={520}
      testId="import-undo-dialog"
      {...form}
    >
      {lines.length ? (
        <>
          <p>{t('importUndo.dialog.intro')}</p>
          <ul className="undo-list" data-testid="import-undo-counts">
            {lines.map((k) => (
              <li key={k}>{t(`importUndo.dialog.${k}`, { count: plan[k] })}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('importUndo.dialog.nothing')}</p>
      )}
      <p className="muted">{t('importUndo.dialog.after')}</p>
    </FormDialog>
  )
}

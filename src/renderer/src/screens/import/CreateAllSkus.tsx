// "Add all N as new SKUs": every unknown merchant code of the file becomes a SKU in one
// step (name and spec from the file, stock 0), all or none; then the file is checked
// again and imports with nothing unknown. Codes a SKU cannot carry are counted, not hidden.
import { useTranslation } from 'react-i18next'
import { newSkusFromUnknown } from '@shared/first-run'
import type { UnknownSku } from '@shared/types'
import { call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Icon } from '../../components/Icon'
import { useAction } from '../../lib/use-action'

export function CreateAllSkus({ unknown, busy, onResolved }: { unknown: UnknownSku[]; busy: boolean; onResolved: (message: string) => void }) {
  const { t } = useTranslation()
  const action = useAction()
  const { items, skipped } = newSkusFromUnknown(unknown)
  if (items.length === 0 && skipped === 0) return null
  const create = (): Promise<void> =>
    action.run(
      'run',
      () => call('products.createMany', { items }),
      (r) => onResolved(t('firstRun.createAll.saved', { count: r.created.length }))
    )
  return (
    <div className="create-all" data-testid="create-all">
      {items.length > 0 ? (
        <div className="create-all-row">
          <button type="button" className="btn" disabled={busy || action.busy !== null} onClick={() => void create()} data-testid="create-all-button">
            <Icon name="plus" size={16} />
            {action.busy ? t('firstRun.createAll.saving') : t('firstRun.createAll.action', { count: items.length })}
          </button>
          <span className="muted small">{t('firstRun.createAll.hint')}</span>
        </div>
      ) : null}
      {skipped > 0 ? <p className="muted small">{t('firstRun.createAll.skipped', { count: skipped })}</p> : null}
      {action.error ? <ErrorNotice error={action.error} /> : null}
    </div>
  )
}

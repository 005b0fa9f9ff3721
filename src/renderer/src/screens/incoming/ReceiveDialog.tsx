// The delivery arrived: confirm how many units came (the expected quantity unless
// told otherwise). Receiving records one 'receive' movement in the stock ledger,
// and the engine reallocates at once, so waiting orders may turn ready.
import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { EngineSummary, IncomingRow } from '@shared/engine-types'
import type { Movement } from '@shared/types'
import { call } from '../../api'
import { Field } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'
import { useApp } from '../../lib/app-context'
import { formatDateTime, formatInt, formatSigned, parseInteger } from '../../lib/format'
import { useSubmit } from '../../lib/use-submit'

export interface Received {
  incoming: IncomingRow
  movement: Movement
  /** Short orders before and after, as the engine counts them. */
  shortBefore: number | null
  shortAfter: number | null
}

export function ReceiveDialog({
  delivery,
  onClose,
  onDone
}: {
  delivery: IncomingRow
  onClose: () => void
  onDone: (r: Received) => void
}) {
  const { t } = useTranslation()
  const { timeZone } = useApp()
  const [quantity, setQuantity] = useState(String(delivery.quantity))
  const { submit: run, errors, form, clearField } = useSubmit(['quantity'] as const)
  const error = errors.quantity ?? null
  const [onHand, setOnHand] = useState<number | null>(null)
  const [before, setBefore] = useState<EngineSummary | null>(null)

  useEffect(() => {
    let live = true
    call('products.get', { id: delivery.productId }).then(
      (p) => live && setOnHand(p.onHand),
      () => undefined
    )
    call('engine.summary', {}).then(
      (s) => live && setBefore(s),
      () => undefined
    )
    return () => {
      live = false
    }
  }, [delivery.productId])

  const q = parseInteger(quantity)
  const units = q.ok && q.value > 0 ? q.value : null

  const submit = (e: FormEvent): Promise<void> =>
    run(
      e,
      () =>
        units === null
          ? { quantity: quantity.trim() ? t('validation.positive') : t('validation.required', { field: t('incoming.receive.quantity') }) }
          : {},
      async () => {
        const r = await call('incoming.receive', { id: delivery.id, quantity: units === delivery.quantity ? null : units })
        const after = await call('engine.summary', {}).catch(() => null)
        onDone({ ...r, shortBefore: before?.shortOrders ?? null, shortAfter: after?.shortOrders ?? null })
      }
    )

  return (
    <FormDialog
      title={t('incoming.receive.title')}
      subtitle={
        <>
          <span className="mono">{delivery.merchantCode}</span> · {delivery.productName}
          {delivery.spec ? ` · ${delivery.spec}` : ''}
        </>
      }
      onClose={onClose}
      width={500}
      testId="receive-dialog"
      onSubmit={submit}
      submitLabel={t('incoming.receive.submit')}
      {...form}
    >
      <dl className="facts">
        <dt>{t('incoming.col.supplier')}</dt>
        <dd>{delivery.supplierName ?? <span className="muted">{t('incoming.noSupplier')}</span>}</dd>
        <dt>{t('incoming.col.expectedAt')}</dt>
        <dd className="num">
          {formatDateTime(delivery.expectedAt, timeZone)}
          {delivery.overdue ? <span className="tag tag-danger tag-gap">{t('incoming.overdueTag')}</span> : null}
        </dd>
        <dt>{t('incoming.receive.expected')}</dt>
        <dd className="num">{t('incoming.units', { count: delivery.quantity })}</dd>
      </dl>
      <Field label={t('incoming.receive.quantity')} error={error} required hint={t('incoming.receive.quantityHint')}>
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={quantity}
          data-autofocus
          onChange={(e) => {
            setQuantity(e.target.value)
            clearField('quantity')
          }}
        />
      </Field>
      <div className="preview" aria-live="polite">
        <div>
          <span className="preview-label">{t('movement.onHandNow')}</span>
          <span className="num strong">{onHand === null ? '—' : formatInt(onHand)}</span>
        </div>
        <span className="preview-arrow" aria-hidden="true">
          →
        </span>
        <div>
          <span className="preview-label">{t('movement.after')}</span>
          <span className="num strong" data-testid="receive-after">
            {onHand === null || units === null ? '—' : formatInt(onHand + units)}
          </span>
        </div>
        <div>
          <span className="preview-label">{t('movement.change')}</span>
          <span className="num text-success">{units === null ? '—' : formatSigned(units)}</span>
        </div>
      </div>
      <p className="muted small">{t('incoming.receive.ledgerHint')}</p>
    </FormDialog>
  )
}

// The delivery arrived: confirm how many units came (the expected quantity unless
// told otherwise). Receiving records one 'receive' movement in the stock ledger,
// and the engine reallocates at once, so waiting orders may turn ready.
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { IncomingRow } from '@shared/engine-types'
import type { Movement } from '@shared/types'
import { call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { CountField } from '../../components/FormFields'
import { SkuLine, StockPreview } from '../../components/StockPreview'
import { FormDialog } from '../../components/FormDialog'
import { useApp } from '../../lib/app-context'
import { formatDateTime, parseInteger } from '../../lib/format'
import { useCall } from '../../lib/use-call'
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
  // On hand now, for the preview; the short orders before, to say what receiving changed.
  const product = useCall('products.get', { id: delivery.productId }, [delivery.productId])
  const onHand = product.data?.onHand ?? null
  const before = useCall('engine.summary', {}, []).data

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
      subtitle={<SkuLine code={delivery.merchantCode} name={delivery.productName} spec={delivery.spec} />}
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
      <CountField
        label={t('incoming.receive.quantity')}
        error={error}
        required
        hint={t('incoming.receive.quantityHint')}
        value={quantity}
        autoFocus
        onChange={(value) => {
          setQuantity(value)
          clearField('quantity')
        }}
      />
      <StockPreview onHand={onHand} change={units} testId="receive-after" />
      {product.error ? <ErrorNotice error={product.error} /> : null}
      <p className="muted small">{t('incoming.receive.ledgerHint')}</p>
    </FormDialog>
  )
}

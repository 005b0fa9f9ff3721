// Add a delivery on its way from a supplier, or change one: SKU, quantity, when
// it should arrive (in the shop's time zone), supplier and a note. The engine
// counts it at once: orders it will cover wait instead of being cancelled.
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { IncomingRow } from '@shared/engine-types'
import type { Supplier } from '@shared/types'
import { call } from '../../api'
import { Field } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'
import { CountField, NoteField } from '../../components/FormFields'
import { useApp } from '../../lib/app-context'
import { parseInteger } from '../../lib/format'
import { useSubmit, type FieldErrors } from '../../lib/use-submit'
import { isoToWall, wallToIso } from '../../lib/what-if'
import { SkuPicker, type SkuRef } from './SkuPicker'
import { SupplierOptions } from '../../components/SupplierOptions'

const DAY = 86_400_000
const HOUR = 3_600_000
/** Supplier select value meaning "whatever the SKU's supplier is". */
const SKU_SUPPLIER = 'sku'

const FIELDS = ['sku', 'quantity', 'expectedAt', 'supplier', 'note'] as const
type FieldName = (typeof FIELDS)[number]
const SERVER_FIELD: Record<string, FieldName> = {
  productId: 'sku',
  quantity: 'quantity',
  expectedAt: 'expectedAt',
  supplierId: 'supplier',
  note: 'note'
}

/** The SKU's lead time from now, on the hour: when a delivery ordered today should arrive. */
function defaultEta(leadTimeDays: number): string {
  const ms = Math.ceil((Date.now() + Math.max(1, leadTimeDays) * DAY) / HOUR) * HOUR
  return new Date(ms).toISOString()
}

interface Props {
  /** The delivery to change; null to add one. */
  delivery: IncomingRow | null
  /** The SKU a new delivery is for, when the screen already knows it. */
  sku?: SkuRef | null
  /** A starting quantity (e.g. the reorder suggestion). */
  quantity?: number | null
  suppliers: Supplier[]
  onClose: () => void
  onSaved: (row: IncomingRow) => void
}

export function IncomingForm({ delivery, sku: presetSku = null, quantity: presetQty = null, suppliers, onClose, onSaved }: Props) {
  const { t } = useTranslation()
  const { timeZone } = useApp()
  const editing = delivery !== null
  const [sku, setSku] = useState<SkuRef | null>(() =>
    delivery
      ? {
          id: delivery.productId,
          merchantCode: delivery.merchantCode,
          name: delivery.productName,
          spec: delivery.spec,
          supplierId: delivery.supplierId,
          supplierName: delivery.supplierName,
          leadTimeDays: 0
        }
      : presetSku
  )
  const [quantity, setQuantity] = useState(delivery ? String(delivery.quantity) : presetQty ? String(presetQty) : '')
  const [eta, setEta] = useState(() => isoToWall(delivery ? delivery.expectedAt : defaultEta(presetSku?.leadTimeDays ?? 3), timeZone))
  const [etaTouched, setEtaTouched] = useState(editing)
  const [supplier, setSupplier] = useState(delivery ? (delivery.supplierId === null ? '' : String(delivery.supplierId)) : SKU_SUPPLIER)
  const [note, setNote] = useState(delivery?.note ?? '')
  const { submit, errors, form, clearField } = useSubmit(FIELDS, SERVER_FIELD)

  function chooseSku(next: SkuRef | null): void {
    setSku(next)
    clearField('sku')
    if (next && !etaTouched) setEta(isoToWall(defaultEta(next.leadTimeDays), timeZone))
  }

  function save(e: FormEvent): void {
    const q = parseInteger(quantity)
    const expectedAt = wallToIso(eta, timeZone)
    const check = (): FieldErrors<FieldName> => {
      const next: FieldErrors<FieldName> = {}
      if (!sku) next.sku = t('incoming.form.skuRequired')
      if (!quantity.trim()) next.quantity = t('validation.required', { field: t('incoming.form.quantity') })
      else if (!q.ok || q.value <= 0) next.quantity = t('validation.positive')
      if (!expectedAt) next.expectedAt = t('incoming.form.etaRequired')
      return next
    }
    const supplierId = supplier === SKU_SUPPLIER ? undefined : supplier === '' ? null : Number(supplier)
    void submit(e, check, async () => {
      if (!sku || !q.ok || !expectedAt) return
      const fields = { quantity: q.value, expectedAt, note: note.trim(), ...(supplierId === undefined ? {} : { supplierId }) }
      const saved = delivery
        ? await call('incoming.update', { id: delivery.id, ...fields })
        : await call('incoming.add', { productId: sku.id, ...fields })
      onSaved(saved)
    })
  }

  const skuSupplier = sku?.supplierName ?? null
  return (
    <FormDialog
      title={editing ? t('incoming.form.editTitle') : t('incoming.form.addTitle')}
      subtitle={editing ? t('incoming.form.editSubtitle', { code: delivery.merchantCode }) : t('incoming.form.addSubtitle')}
      onClose={onClose}
      width={540}
      testId="incoming-form"
      onSubmit={save}
      submitLabel={editing ? t('incoming.form.submitEdit') : t('incoming.form.submitAdd')}
      {...form}
    >
      <SkuPicker value={sku} onChange={chooseSku} error={errors.sku} locked={editing || presetSku !== null} />
      <div className="form-grid">
        <CountField
          label={t('incoming.form.quantity')}
          error={errors.quantity}
          required
          suffix={t('incoming.form.unitsSuffix')}
          value={quantity}
          autoFocus={sku !== null}
          onChange={(value) => {
            setQuantity(value)
            clearField('quantity')
          }}
        />
        <Field label={t('incoming.form.eta')} error={errors.expectedAt} required hint={t('incoming.form.etaHint', { zone: timeZone })}>
          <input
            type="datetime-local"
            className="input-datetime"
            value={eta}
            onChange={(e) => {
              setEta(e.target.value)
              setEtaTouched(true)
              clearField('expectedAt')
            }}
          />
        </Field>
        <Field label={t('incoming.form.supplier')} error={errors.supplier} className="span-2">
          <select value={supplier} onChange={(e) => setSupplier(e.target.value)}>
            {editing ? null : (
              <option value={SKU_SUPPLIER}>
                {skuSupplier ? t('incoming.form.skuSupplier', { name: skuSupplier }) : t('incoming.form.skuSupplierNone')}
              </option>
            )}
            <option value="">{t('incoming.form.noSupplier')}</option>
            <SupplierOptions suppliers={suppliers} />
          </select>
        </Field>
        <NoteField
          label={t('incoming.form.note')}
          error={errors.note}
          className="span-2"
          hint={t('incoming.form.noteHint')}
          value={note}
          maxLength={500}
          onChange={setNote}
        />
      </div>
      <p className="muted small">{t('incoming.form.engineHint')}</p>
    </FormDialog>
  )
}

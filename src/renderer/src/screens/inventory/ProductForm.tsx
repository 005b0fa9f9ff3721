// Add or edit a SKU. Amounts are typed in yuan and parsed to integer fen from the
// text itself; errors from the core land on the field they name.
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProductDetail, Supplier } from '@shared/types'
import { call } from '../../api'
import { Field } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'
import { CountField, YuanField } from '../../components/FormFields'
import { fenToYuanInput, parseInteger } from '../../lib/format'
import { readYuan } from '../../lib/read-yuan'
import { useSubmit } from '../../lib/use-submit'
import { SubstitutePicker, type SubstituteRef } from './SubstitutePicker'
import { SupplierOptions } from '../../components/SupplierOptions'

interface Values {
  merchantCode: string
  name: string
  spec: string
  price: string
  unitCost: string
  safetyStock: string
  supplierId: string
  leadTimeDays: string
  substitutes: SubstituteRef[]
}
type FieldName = keyof Values
type Errors = Partial<Record<FieldName, string>>
const FIELD_NAMES: readonly FieldName[] = ['merchantCode', 'name', 'spec', 'price', 'unitCost', 'safetyStock', 'supplierId', 'leadTimeDays', 'substitutes']

/** Contract field → form field, for errors the core reports with `field`. */
const SERVER_FIELD: Record<string, FieldName> = {
  merchantCode: 'merchantCode',
  name: 'name',
  spec: 'spec',
  priceFen: 'price',
  unitCostFen: 'unitCost',
  safetyStock: 'safetyStock',
  supplierId: 'supplierId',
  leadTimeDays: 'leadTimeDays',
  substituteIds: 'substitutes'
}

function initialValues(p: ProductDetail | null): Values {
  if (!p)
    return {
      merchantCode: '',
      name: '',
      spec: '',
      price: '',
      unitCost: '',
      safetyStock: '0',
      supplierId: '',
      leadTimeDays: '',
      substitutes: []
    }
  return {
    merchantCode: p.merchantCode,
    name: p.name,
    spec: p.spec,
    price: fenToYuanInput(p.priceFen),
    unitCost: fenToYuanInput(p.unitCostFen),
    safetyStock: String(p.safetyStock),
    supplierId: p.supplierId === null ? '' : String(p.supplierId),
    leadTimeDays: p.ownLeadTimeDays === null ? '' : String(p.ownLeadTimeDays),
    substitutes: p.substitutes.map((s) => ({ id: s.id, merchantCode: s.merchantCode, name: s.name, spec: s.spec }))
  }
}

interface Props {
  product: ProductDetail | null
  suppliers: Supplier[]
  onClose: () => void
  onSaved: (p: ProductDetail) => void
}

export function ProductForm({ product, suppliers, onClose, onSaved }: Props) {
  const { t } = useTranslation()
  const editing = product !== null
  const [v, setV] = useState<Values>(() => initialValues(product))
  const { submit, errors, form, clearField } = useSubmit(FIELD_NAMES, SERVER_FIELD)

  const set =
    <K extends FieldName>(k: K) =>
    (value: Values[K]) => {
      setV((prev) => ({ ...prev, [k]: value }))
      clearField(k)
    }

  const supplier = suppliers.find((s) => String(s.id) === v.supplierId)

  /** The values as the contract takes them, and what is wrong with them. */
  function read() {
    const e: Errors = {}
    const label = (f: string) => t(`fields.${f}`)
    const code = v.merchantCode.trim()
    if (!editing) {
      if (!code) e.merchantCode = t('validation.required', { field: label('merchantCode') })
      else if (/\s/u.test(code) || [...code].some((c) => c.charCodeAt(0) < 0x20)) e.merchantCode = t('validation.noSpaces')
      else if (code.length > 64) e.merchantCode = t('validation.tooLong', { field: label('merchantCode'), max: 64 })
    }
    const name = v.name.trim()
    if (!name) e.name = t('validation.required', { field: label('name') })
    else if (name.length > 200) e.name = t('validation.tooLong', { field: label('name'), max: 200 })
    if (v.spec.length > 200) e.spec = t('validation.tooLong', { field: label('spec'), max: 200 })

    const money = (text: string, key: 'price' | 'unitCost'): number => {
      if (!text.trim()) return 0
      const r = readYuan(t, text)
      if ('fen' in r) return r.fen
      e[key] = r.error
      return 0
    }
    const priceFen = money(v.price, 'price')
    const unitCostFen = money(v.unitCost, 'unitCost')

    let safetyStock = 0
    if (v.safetyStock.trim()) {
      const r = parseInteger(v.safetyStock)
      if (!r.ok) e.safetyStock = t('validation.wholeNumber')
      else if (r.value < 0 || r.value > 1_000_000) e.safetyStock = t('validation.nonNegative')
      else safetyStock = r.value
    }
    let leadTimeDays: number | null = null
    if (v.leadTimeDays.trim()) {
      const r = parseInteger(v.leadTimeDays)
      if (!r.ok || r.value < 0 || r.value > 365) e.leadTimeDays = t('validation.leadTime')
      else leadTimeDays = r.value
    }
    if (v.substitutes.length > 20) e.substitutes = t('validation.tooMany', { max: 20 })
    const fields = {
      name,
      spec: v.spec.trim(),
      priceFen,
      unitCostFen,
      safetyStock,
      supplierId: v.supplierId ? Number(v.supplierId) : null,
      leadTimeDays,
      substituteIds: v.substitutes.map((s) => s.id)
    }
    return { errors: e, fields }
  }

  const save = (ev: FormEvent) => {
    const { errors: found, fields } = read()
    void submit(ev, () => found, async () => {
      const saved = product
        ? await call('products.update', { id: product.id, ...fields })
        : await call('products.create', { merchantCode: v.merchantCode.trim(), ...fields })
      onSaved(saved)
    })
  }

  return (
    <FormDialog
      title={editing ? t('productForm.editTitle', { code: product.merchantCode }) : t('productForm.createTitle')}
      subtitle={editing ? product.name : undefined}
      onClose={onClose}
      width={640}
      testId="product-form"
      onSubmit={save}
      submitLabel={editing ? t('productForm.submitEdit') : t('productForm.submitCreate')}
      {...form}
      grid
    >
      <Field
        label={t('fields.merchantCode')}
        required={!editing}
        error={errors.merchantCode}
        hint={editing ? t('productForm.merchantCodeFixed') : t('productForm.merchantCodeHint')}
        className="span-2"
      >
        <input
          type="text"
          value={v.merchantCode}
          onChange={(e) => set('merchantCode')(e.target.value)}
          readOnly={editing}
          className="mono"
          autoComplete="off"
          spellCheck={false}
          maxLength={64}
          data-autofocus={editing ? undefined : true}
        />
      </Field>
      <Field label={t('fields.name')} required error={errors.name} className="span-2">
        <input
          type="text"
          value={v.name}
          onChange={(e) => set('name')(e.target.value)}
          autoComplete="off"
          maxLength={200}
          data-autofocus={editing ? true : undefined}
        />
      </Field>
      <Field label={t('fields.spec')} error={errors.spec} className="span-2">
        <input
          type="text"
          value={v.spec}
          onChange={(e) => set('spec')(e.target.value)}
          placeholder={t('productForm.specPlaceholder')}
          autoComplete="off"
          maxLength={200}
        />
      </Field>
      <YuanField
        label={t('fields.priceFen')}
        error={errors.price}
        suffix={t('productForm.yuan')}
        value={v.price}
        onChange={set('price')}
        placeholder="0.00"
      />
      <YuanField
        label={t('fields.unitCostFen')}
        error={errors.unitCost}
        suffix={t('productForm.yuan')}
        value={v.unitCost}
        onChange={set('unitCost')}
        placeholder="0.00"
      />
      <CountField
        label={t('fields.safetyStock')}
        error={errors.safetyStock}
        hint={t('productForm.safetyHint')}
        value={v.safetyStock}
        onChange={set('safetyStock')}
      />
      <Field label={t('fields.supplierId')} error={errors.supplierId}>
        <select value={v.supplierId} onChange={(e) => set('supplierId')(e.target.value)}>
          <option value="">{t('productForm.noSupplier')}</option>
          <SupplierOptions suppliers={suppliers} />
        </select>
      </Field>
      <CountField
        label={t('fields.leadTimeDays')}
        error={errors.leadTimeDays}
        hint={supplier ? t('productForm.leadTimeSupplier', { count: supplier.leadTimeDays }) : t('productForm.leadTimeBlank')}
        suffix={t('productForm.daysSuffix')}
        value={v.leadTimeDays}
        onChange={set('leadTimeDays')}
      />
      <div className="span-2">
        <SubstitutePicker selfId={product?.id ?? null} value={v.substitutes} onChange={set('substitutes')} error={errors.substitutes} />
      </div>
    </FormDialog>
  )
}

// Add or edit a SKU. Amounts are typed in yuan and parsed to integer fen from the
// text itself; errors from the core land on the field they name.
import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProductDetail, Supplier } from '@shared/types'
import type { ApiError } from '@shared/errors'
import { call, toApiError } from '../../api'
import { Field } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'
import { errorText } from '../../i18n'
import { fenToYuanInput, parseInteger, parseYuan } from '../../lib/format'
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
type FieldName = Exclude<keyof Values, never>
type Errors = Partial<Record<FieldName, string>>

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
  const [errors, setErrors] = useState<Errors>({})
  const [formError, setFormError] = useState<ApiError | null>(null)
  const [pending, setPending] = useState(false)
  const inFlight = useRef(false)

  const set =
    <K extends FieldName>(k: K) =>
    (value: Values[K]) => {
      setV((prev) => ({ ...prev, [k]: value }))
      setErrors((prev) => (prev[k] ? { ...prev, [k]: undefined } : prev))
    }

  const supplier = suppliers.find((s) => String(s.id) === v.supplierId)

  function validate() {
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
      const r = parseYuan(text)
      if (r.ok) return r.fen
      e[key] = t(
        r.reason === 'decimals'
          ? 'validation.moneyDecimals'
          : r.reason === 'too_large'
            ? 'validation.moneyTooLarge'
            : 'validation.moneyFormat'
      )
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
    setErrors(e)
    if (Object.keys(e).length) return null
    return {
      name,
      spec: v.spec.trim(),
      priceFen,
      unitCostFen,
      safetyStock,
      supplierId: v.supplierId ? Number(v.supplierId) : null,
      leadTimeDays,
      substituteIds: v.substitutes.map((s) => s.id)
    }
  }

  async function submit(ev: FormEvent): Promise<void> {
    ev.preventDefault()
    if (inFlight.current) return
    setFormError(null)
    const fields = validate()
    if (!fields) return
    inFlight.current = true
    setPending(true)
    try {
      const saved = product
        ? await call('products.update', { id: product.id, ...fields })
        : await call('products.create', { merchantCode: v.merchantCode.trim(), ...fields })
      onSaved(saved)
    } catch (err) {
      const apiError = toApiError(err)
      const head = apiError.field?.split('.')[0]
      const target = head ? SERVER_FIELD[head] : undefined
      if (target) setErrors((prev) => ({ ...prev, [target]: errorText(t, apiError) }))
      else setFormError(apiError)
      inFlight.current = false
      setPending(false)
    }
  }

  return (
    <FormDialog
      title={editing ? t('productForm.editTitle', { code: product.merchantCode }) : t('productForm.createTitle')}
      subtitle={editing ? product.name : undefined}
      onClose={onClose}
      width={640}
      testId="product-form"
      onSubmit={submit}
      pending={pending}
      submitLabel={editing ? t('productForm.submitEdit') : t('productForm.submitCreate')}
      formError={formError}
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
      <Field label={t('fields.priceFen')} error={errors.price} suffix={t('productForm.yuan')}>
        <input
          type="text"
          inputMode="decimal"
          value={v.price}
          onChange={(e) => set('price')(e.target.value)}
          placeholder="0.00"
          autoComplete="off"
        />
      </Field>
      <Field label={t('fields.unitCostFen')} error={errors.unitCost} suffix={t('productForm.yuan')}>
        <input
          type="text"
          inputMode="decimal"
          value={v.unitCost}
          onChange={(e) => set('unitCost')(e.target.value)}
          placeholder="0.00"
          autoComplete="off"
        />
      </Field>
      <Field label={t('fields.safetyStock')} error={errors.safetyStock} hint={t('productForm.safetyHint')}>
        <input
          type="text"
          inputMode="numeric"
          value={v.safetyStock}
          onChange={(e) => set('safetyStock')(e.target.value)}
          autoComplete="off"
        />
      </Field>
      <Field label={t('fields.supplierId')} error={errors.supplierId}>
        <select value={v.supplierId} onChange={(e) => set('supplierId')(e.target.value)}>
          <option value="">{t('productForm.noSupplier')}</option>
          <SupplierOptions suppliers={suppliers} />
        </select>
      </Field>
      <Field
        label={t('fields.leadTimeDays')}
        error={errors.leadTimeDays}
        hint={supplier ? t('productForm.leadTimeSupplier', { count: supplier.leadTimeDays }) : t('productForm.leadTimeBlank')}
        suffix={t('productForm.daysSuffix')}
      >
        <input
          type="text"
          inputMode="numeric"
          value={v.leadTimeDays}
          onChange={(e) => set('leadTimeDays')(e.target.value)}
          autoComplete="off"
        />
      </Field>
      <div className="span-2">
        <SubstitutePicker selfId={product?.id ?? null} value={v.substitutes} onChange={set('substitutes')} error={errors.substitutes} />
      </div>
    </FormDialog>
  )
}

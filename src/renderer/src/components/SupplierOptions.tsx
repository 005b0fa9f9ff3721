import { useTranslation } from 'react-i18next'
import type { Supplier } from '@shared/types'

/** The <option>s of a supplier picker, by id; the caller's <select> adds its own first option ("all", "none"). */
export function SupplierOptions({ suppliers }: { suppliers: readonly Supplier[] }) {
  return (
    <>
      {suppliers.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name}
        </option>
      ))}
    </>
  )
}

/** "Supplier: [all ▾]" in a toolbar: filters by one supplier, or none chosen. */
export function SupplierFilter(props: { suppliers: readonly Supplier[]; value: number | null; onChange: (id: number | null) => void }) {
  const { t } = useTranslation()
  return (
    <label className="select-inline">
      <span>{t('inventory.supplierFilter')}</span>
      <select value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value ? Number(e.target.value) : null)}>
        <option value="">{t('inventory.allSuppliers')}</option>
        <SupplierOptions suppliers={props.suppliers} />
      </select>
    </label>
  )
}

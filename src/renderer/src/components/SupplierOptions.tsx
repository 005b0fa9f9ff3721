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
export function SupplierFilter(props: {
  label: string
  allLabel: string
  suppliers: readonly Supplier[]
  value: number | null
  onChange: (id: number | null) => void
}) {
  return (
    <label className="select-inline">
      <span>{props.label}</span>
      <select value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value ? Number(e.target.value) : null)}>
        <option value="">{props.allLabel}</option>
        <SupplierOptions suppliers={props.suppliers} />
      </select>
    </label>
  )
}

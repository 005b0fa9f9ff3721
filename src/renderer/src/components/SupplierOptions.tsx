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

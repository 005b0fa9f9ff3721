import type { ReactNode } from 'react'

/**
 * The <option>s of a select over a fixed list of values (platforms, steps,
 * filters), each with its label; the caller's <select> adds its own first option
 * ("all") and reads the value back with isOneOf.
 */
export function EnumOptions<V extends string>({ values, label }: { values: readonly V[]; label: (v: V) => ReactNode }) {
  return (
    <>
      {values.map((v) => (
        <option key={v} value={v}>
          {label(v)}
        </option>
      ))}
    </>
  )
}

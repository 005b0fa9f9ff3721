// Which column of the user's file holds which field: the user's mapping first, then the names each
// platform's export uses. Header text is user data: looked up through Maps, never as object keys.
import { headerKey } from './cells'
import type { Field, Profile } from './platforms'
import { problem } from './problems'
import type { ColumnMapping, RowProblem } from './types'

/** Column index per field (keys are our own field names, never header text). */
export type Cols = Partial<Record<Field, number>>

/** Finds each field's column: the user's mapping first, then the profile's known names. */
export function resolveColumns(
  profile: Profile,
  headers: readonly string[],
  mapping: ColumnMapping | undefined
): { cols: Cols; problems: RowProblem[] } {
  const exact = new Map<string, number>()
  const byKey = new Map<string, number>()
  headers.forEach((h, i) => {
    if (!exact.has(h)) exact.set(h, i)
    const k = headerKey(h)
    if (!byKey.has(k)) byKey.set(k, i)
  })
  const cols: Cols = {}
  const problems: RowProblem[] = []
  for (const [field, names] of Object.entries(profile.columns) as [Field, readonly string[]][]) {
    for (const name of names) {
      const i = byKey.get(headerKey(name))
      if (i !== undefined) {
        cols[field] = i
        break
      }
    }
  }
  if (mapping) {
    for (const [field, header] of Object.entries(mapping) as [keyof ColumnMapping, unknown][]) {
      if (typeof header !== 'string' || header.trim() === '') continue
      const i = exact.get(header) ?? byKey.get(headerKey(header))
      if (i === undefined) problems.push(problem(0, header, 'missing_column', true, { column: header }))
      else cols[field] = i
    }
  }
  for (const field of profile.required) {
    if (cols[field] !== undefined) continue
    if (field === 'orderNo' && !profile.columns.orderNo) continue // generic: reported as mapping_required
    const name = profile.columns[field]?.[0] ?? mapping?.[field as keyof ColumnMapping] ?? field
    if (!problems.some((p) => p.column === name)) problems.push(problem(0, name, 'missing_column', true, { column: name }))
  }
  return { cols, problems }
}

// An 订单状态 text the app does not know holds back only its own rows (and, for exports with several
// rows per order, the other rows of that order): the rest of the file imports, and the preview asks
// the merchant once what the text means.
import type { ImportProblem, UnknownStatus } from '../../../shared/types'

const rowKey = (file: string | undefined, row: number): string => `${file ?? ''}\u001f${row}`

/** A predicate: true for a blocking problem that only says "this row waits for a status meaning". */
export function heldOnlyByStatus(problems: ImportProblem[]): (p: ImportProblem) => boolean {
  const unknownRows = new Set(problems.filter((p) => p.code === 'unknown_status').map((p) => rowKey(p.file, p.row)))
  if (unknownRows.size === 0) return () => false
  return (p) => {
    if (p.code === 'unknown_status') return true
    if (p.code !== 'order_incomplete') return false
    const rows = String(p.params.rows ?? '').split(', ')
    return rows.every((r) => unknownRows.has(rowKey(p.file, Number(r))))
  }
}

/** Each unknown text once, with how many rows carry it and the first of them. */
export function unknownStatuses(problems: ImportProblem[]): UnknownStatus[] {
  const out = new Map<string, UnknownStatus>()
  for (const p of problems) {
    if (p.code !== 'unknown_status') continue
    const text = String(p.params.value ?? '')
    const u = out.get(text)
    if (u) u.rows++
    else out.set(text, { text, rows: 1, firstRow: p.row, file: p.file ?? '' })
  }
  return [...out.values()]
}

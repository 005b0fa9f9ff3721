// The column kinds the tables repeat: a code in monospace, plain text, a count,
// money. Each keeps the full text for the cell's tooltip; `sortKey` makes it sortable.
import { formatInt, formatMoney } from '../lib/format'
import type { Column } from './VirtualTable'

/** A column's heading and track; `priority` and `keep` as in Column (VirtualTable.tsx). */
type Head = { id: string; header: string; width: string; sortKey?: string; priority?: number; keep?: boolean }

/** A code (SKU, order number) in monospace. */
export function monoColumn<R>(head: Head, get: (r: R) => string): Column<R> {
  return { ...head, render: (r) => <span className="mono">{get(r)}</span>, text: get }
}

/** Plain text, cut with an ellipsis, whole in the tooltip; a dash when there is none (a SKU without supplier). */
export function textColumn<R>(head: Head, get: (r: R) => string | null): Column<R> {
  return { ...head, render: (r) => get(r) ?? <span className="muted">—</span>, text: (r) => get(r) ?? '' }
}

/** A whole number (pieces, orders), right-aligned. */
export function countColumn<R>(head: Head, get: (r: R) => number): Column<R> {
  return { ...head, align: 'end', render: (r) => <span className="num">{formatInt(get(r))}</span> }
}

/** An amount in fen, right-aligned. */
export function moneyColumn<R>(head: Head, get: (r: R) => number): Column<R> {
  return { ...head, align: 'end', render: (r) => <span className="num">{formatMoney(get(r))}</span> }
}

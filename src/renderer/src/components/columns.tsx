// The column kinds the tables repeat: a code in monospace, plain text, money.
// Each keeps the full text for the cell's tooltip; `sortKey` makes it sortable.
import { formatMoney } from '../lib/format'
import type { Column } from './VirtualTable'

type Head = { id: string; header: string; width: string; sortKey?: string }

/** A code (SKU, order number) in monospace. */
export function monoColumn<R>(head: Head, get: (r: R) => string): Column<R> {
  return { ...head, render: (r) => <span className="mono">{get(r)}</span>, text: get }
}

/** Plain text, cut with an ellipsis, whole in the tooltip. */
export function textColumn<R>(head: Head, get: (r: R) => string): Column<R> {
  return { ...head, render: get, text: get }
}

/** An amount in fen, right-aligned. */
export function moneyColumn<R>(head: Head, get: (r: R) => number): Column<R> {
  return { ...head, align: 'end', render: (r) => <span className="num">{formatMoney(get(r))}</span> }
}

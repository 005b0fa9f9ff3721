// The bulk insert of new orders (insert-orders.ts) runs with SQLite's CHECK constraints off: the
// IN-lists of orders took half of SQLite's time for those rows (200,000 orders: 1.01 s with them,
// 0.47 s without, sqlite3 shell, issue 15). Every row is held to the same rules here instead, before
// anything is written. tests/import/bulk-checks.test.ts reads the schema's CHECKs and fails when a
// migration changes one of orders or order_lines without this file changing with it.
import { AFTER_SALE_STATUSES, ORDER_PARTS, ORDER_STATUSES, PLATFORMS } from '../../../shared/types'
import type { NormalizedLine, NormalizedOrder } from './parse'

/** The CHECK clauses of orders and order_lines that the functions below enforce, as the schema spells them. */
export const CHECKS_ENFORCED_HERE = {
  orders: [
    "platform IN ('pdd','taobao','douyin','other')",
    "status IN ('unpaid','awaiting_shipment','shipped','received','cancelled')",
    "after_sale IN ('none','in_progress','refunded')",
    'paid_fen >= 0',
    'refund_fen IS NULL OR refund_fen >= 0',
    'presale IN (0,1)',
    "order_part IN ('whole','order','items')"
  ],
  order_lines: ['quantity > 0', 'amount_fen >= 0']
} as const

const platforms = new Set<string>(PLATFORMS)
const statuses = new Set<string>(ORDER_STATUSES)
const afterSales = new Set<string>(AFTER_SALE_STATUSES)
const parts = new Set<string>(ORDER_PARTS)

/** An order the import's parser made wrongly: a bug, never the user's file. The import rolls back. */
export class BulkCheckFailed extends Error {
  constructor(what: string, orderNo: string) {
    super(`order ${orderNo}: ${what} breaks a CHECK of the database`)
  }
}

/** Throws unless the row the order becomes passes the CHECKs of orders (presale is written as 0 or 1). */
export function checkOrderRow(o: NormalizedOrder): void {
  if (!platforms.has(o.platform)) throw new BulkCheckFailed(`platform ${o.platform}`, o.orderNo)
  if (!statuses.has(o.status)) throw new BulkCheckFailed(`status ${o.status}`, o.orderNo)
  if (!afterSales.has(o.afterSale)) throw new BulkCheckFailed(`after-sale ${o.afterSale}`, o.orderNo)
  if (!(o.paidFen >= 0)) throw new BulkCheckFailed(`paid ${o.paidFen}`, o.orderNo)
  if (o.refundFen !== null && !(o.refundFen >= 0)) throw new BulkCheckFailed(`refund ${o.refundFen}`, o.orderNo)
  if (!parts.has(o.part)) throw new BulkCheckFailed(`part ${o.part}`, o.orderNo)
}

/** Throws unless the line's row passes the CHECKs of order_lines. */
export function checkLineRow(l: NormalizedLine, orderNo: string): void {
  if (!(l.quantity > 0)) throw new BulkCheckFailed(`line ${l.lineNo} quantity ${l.quantity}`, orderNo)
  if (!(l.amountFen >= 0)) throw new BulkCheckFailed(`line ${l.lineNo} amount ${l.amountFen}`, orderNo)
}

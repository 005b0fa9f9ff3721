// Reads what a recompute needs, in a few raw queries (arrays, not objects, for
// the 200,000-line case): open orders with their lines, SKUs, substitutes, open
// deliveries. Everything is read inside the recompute's transaction, so it is one
// consistent picture of the shop.
import type { Platform } from '../../../shared/types'
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import type { EngineOrder } from './allocate'
import type { Delivery } from './recommend'

export interface SkuInfo {
  ids: number[]
  /** Indexed by product id. */
  code: string[]
  onHand: Int32Array
  safety: Int32Array
  leadTimeDays: Int32Array
  supplierId: (number | null)[]
  maxId: number
}

export function loadOpenOrders(db: Db): EngineOrder[] {
  const rows = prepared(
    db,
    `SELECT o.id, o.platform, o.order_no, o.paid_at, o.promised_ship_at, o.paid_fen, l.product_id, l.quantity, l.merchant_code
     FROM orders o JOIN order_lines l ON l.order_id = o.id
     WHERE o.status = 'awaiting_shipment'`
  )
    .raw()
    .all() as [number, Platform, string, string | null, string | null, number, number | null, number, string][]
  const byId = new Map<number, EngineOrder>()
  const orders: EngineOrder[] = []
  for (const r of rows) {
    let o = byId.get(r[0])
    if (!o) {
      o = { id: r[0], platform: r[1], orderNo: r[2], paidAt: r[3], promisedShipAt: r[4], paidFen: r[5], lines: [] }
      byId.set(r[0], o)
      orders.push(o)
    }
    o.lines.push({ productId: r[6], quantity: r[7], merchantCode: r[8] })
  }
  return orders
}

export function loadSkus(db: Db): SkuInfo {
  const rows = prepared(
    db,
    `SELECT p.id, p.merchant_code, p.on_hand, p.safety_stock, COALESCE(p.lead_time_days, s.lead_time_days, 7), p.supplier_id
     FROM products p LEFT JOIN suppliers s ON s.id = p.supplier_id ORDER BY p.id`
  )
    .raw()
    .all() as [number, string, number, number, number, number | null][]
  const maxId = rows.length ? rows[rows.length - 1]![0] : 0
  const info: SkuInfo = {
    ids: [],
    code: [],
    onHand: new Int32Array(maxId + 1),
    safety: new Int32Array(maxId + 1),
    leadTimeDays: new Int32Array(maxId + 1),
    supplierId: [],
    maxId
  }
  for (const [id, code, onHand, safety, lead, supplier] of rows) {
    info.ids.push(id)
    info.code[id] = code
    info.onHand[id] = onHand
    info.safety[id] = safety
    info.leadTimeDays[id] = lead
    info.supplierId[id] = supplier
  }
  return info
}

export function loadSubstitutes(db: Db): Map<number, number[]> {
  const rows = prepared(db, 'SELECT product_id, substitute_id FROM product_substitutes ORDER BY product_id, rank, substitute_id')
    .raw()
    .all() as [number, number][]
  const out = new Map<number, number[]>()
  for (const [p, s] of rows) {
    const list = out.get(p)
    if (list) list.push(s)
    else out.set(p, [s])
  }
  return out
}

export function loadOpenDeliveries(db: Db): Delivery[] {
  return (
    prepared(db, `SELECT id, product_id, quantity, expected_at FROM incoming_stock WHERE status = 'open' ORDER BY expected_at, id`).raw().all() as [
      number,
      number,
      number,
      string
    ][]
  ).map(([id, productId, quantity, expectedAt]) => ({ id, productId, quantity, expectedAt, expectedMs: Date.parse(expectedAt) }))
}

// The supply side's rules: a delivery that came late or not at all (供应商延迟), a
// delivery received short or cancelled (供应商断货), and a SKU left below its
// reorder point for days with nothing on order (补货不及时). Each returns its
// facts, or null when the data does not point to it.
import type { EngineMessage } from '../../../shared/engine-types'
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import type { Subject, SubjectProduct } from './subject'
import { shiftIso } from './subject'
import { DAY_MS, DELIVERY_LOOKBACK_DAYS, HOUR_MS, LATE_GRACE_HOURS, LATE_REORDER_DAYS } from './thresholds'

interface Delivery {
  quantity: number
  status: 'open' | 'received' | 'cancelled'
  expectedAt: string
  receivedAt: string | null
  receivedQty: number | null
}

/** Deliveries of the SKU that were due between two weeks before the stockout and the order's deadline. */
function deliveriesDue(db: Db, s: Subject, p: SubjectProduct): Delivery[] {
  return prepared(
    db,
    `SELECT i.quantity, i.status, i.expected_at AS expectedAt, i.received_at AS receivedAt, m.quantity AS receivedQty
     FROM incoming_stock i LEFT JOIN stock_movements m ON m.id = i.movement_id
     WHERE i.product_id = ? AND i.expected_at >= ? AND i.expected_at <= ? ORDER BY i.expected_at DESC, i.id DESC`
  ).all(p.id, shiftIso(s.stockoutAt, -DELIVERY_LOOKBACK_DAYS * DAY_MS), s.deadline ?? s.stockoutAt) as Delivery[]
}

export function supplierLate(db: Db, s: Subject, p: SubjectProduct): EngineMessage[] | null {
  const grace = LATE_GRACE_HOURS * HOUR_MS
  for (const d of deliveriesDue(db, s, p)) {
    const dueBy = shiftIso(d.expectedAt, grace)
    const params = { sku: p.sku, quantity: d.quantity, expectedAt: d.expectedAt, deadlineAt: s.deadline }
    // Not come yet, a day past its date.
    if (d.status === 'open' && dueBy < s.nowAt) return [{ key: 'causeSuggest.facts.deliveryMissing', params }]
    // Came more than a day late, after the stock had run out (a late one that came in time changed nothing).
    if (d.status === 'received' && d.receivedAt !== null && d.receivedAt > dueBy && d.receivedAt > s.stockoutAt)
      return [{ key: 'causeSuggest.facts.deliveryLate', params: { ...params, receivedAt: d.receivedAt } }]
  }
  return null
}

export function supplierShortage(db: Db, s: Subject, p: SubjectProduct): EngineMessage[] | null {
  for (const d of deliveriesDue(db, s, p)) {
    const params = { sku: p.sku, quantity: d.quantity, expectedAt: d.expectedAt }
    if (d.status === 'cancelled') return [{ key: 'causeSuggest.facts.deliveryCancelled', params }]
    if (d.status === 'received' && d.receivedQty !== null && d.receivedQty < d.quantity)
      return [{ key: 'causeSuggest.facts.deliveryShort', params: { ...params, received: d.receivedQty, receivedAt: d.receivedAt } }]
  }
  return null
}

/** On hand at a moment: today's on hand less every movement after it (the ledger is append-only). */
function onHandAt(db: Db, productId: number, at: string): number {
  return (
    prepared(
      db,
      'SELECT p.on_hand - IFNULL((SELECT SUM(quantity) FROM stock_movements WHERE product_id = p.id AND created_at > ?), 0) AS n FROM products p WHERE p.id = ?'
    ).get(at, productId) as { n: number }
  ).n
}

export function lateReorder(db: Db, s: Subject, p: SubjectProduct): EngineMessage[] | null {
  const rp = (prepared(db, 'SELECT reorder_point AS rp FROM engine_skus WHERE product_id = ?').get(p.id) as { rp: number | null } | undefined)?.rp
  if (rp === null || rp === undefined || rp <= 0) return null
  const since = shiftIso(s.stockoutAt, -LATE_REORDER_DAYS * DAY_MS)
  // Below the reorder point at the start of the stretch and at each day's mark until the stockout.
  const marks = Array.from({ length: LATE_REORDER_DAYS + 1 }, (_, k) => shiftIso(since, k * DAY_MS))
  const levels = marks.map((at) => onHandAt(db, p.id, at))
  if (levels.some((n) => n >= rp)) return null
  // Nothing on order when the stretch began: no delivery ordered by then that was still to come
  // (one ordered during the stretch was ordered too late, which is this cause).
  const onOrder = prepared(
    db,
    `SELECT 1 FROM incoming_stock WHERE product_id = ? AND status <> 'cancelled' AND COALESCE(ordered_at, created_at) <= ?
       AND (received_at IS NULL OR received_at > ?) LIMIT 1`
  ).get(p.id, since, since)
  if (onOrder) return null
  return [{ key: 'causeSuggest.facts.belowReorderPoint', params: { sku: p.sku, onHand: levels[0]!, reorderPoint: rp, days: LATE_REORDER_DAYS, sinceAt: since } }]
}

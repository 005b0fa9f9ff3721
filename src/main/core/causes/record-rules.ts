// The rules about the shop's own records: a count or adjustment that took away at
// least what the order is short shortly before (账实不符), and an order line linked
// through a code mapped only recently or a bundle defined after the order
// (商品/编码设置错误).
import type { EngineMessage } from '../../../shared/engine-types'
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import type { Subject, SubjectProduct } from './subject'
import { shiftIso } from './subject'
import { COUNT_LOOKBACK_DAYS, DAY_MS, MAPPING_RECENT_DAYS } from './thresholds'

export function countError(db: Db, s: Subject, p: SubjectProduct): EngineMessage[] | null {
  const m = prepared(
    db,
    `SELECT type, quantity, created_at AS at FROM stock_movements
     WHERE product_id = ? AND type IN ('count','adjust') AND quantity <= ? AND created_at >= ? AND created_at <= ?
     ORDER BY created_at DESC, id DESC LIMIT 1`
  ).get(p.id, -p.needed, shiftIso(s.stockoutAt, -COUNT_LOOKBACK_DAYS * DAY_MS), s.stockoutAt) as
    | { type: 'count' | 'adjust'; quantity: number; at: string }
    | undefined
  if (!m) return null
  return [
    {
      key: m.type === 'count' ? 'causeSuggest.facts.countRemoved' : 'causeSuggest.facts.adjustRemoved',
      params: { sku: p.sku, removed: -m.quantity, needed: p.needed, movedAt: m.at }
    }
  ]
}

/** For the whole order (a wrong link makes the order short of a SKU it never wanted), not per SKU. */
export function listingError(db: Db, s: Subject): EngineMessage[] | null {
  const orderAt = s.paidAt ?? s.orderCreatedAt
  const mapped = prepared(
    db,
    `SELECT l.merchant_code AS code, p.merchant_code AS sku, m.created_at AS mappedAt
     FROM order_lines l JOIN sku_mappings m ON m.platform = ? AND m.product_id = l.product_id
       AND m.platform_code IN (l.merchant_code, l.platform_sku_id) AND m.platform_code <> ''
     JOIN products p ON p.id = l.product_id
     WHERE l.order_id = ? AND m.created_at >= ? ORDER BY m.created_at DESC LIMIT 1`
  ).get(s.platform, s.orderId, shiftIso(orderAt, -MAPPING_RECENT_DAYS * DAY_MS)) as { code: string; sku: string; mappedAt: string } | undefined
  if (mapped) return [{ key: 'causeSuggest.facts.recentMapping', params: { ...mapped, days: MAPPING_RECENT_DAYS, orderAt } }]
  const bundle = prepared(
    db,
    `SELECT b.code, b.created_at AS definedAt FROM order_lines l JOIN bundles b ON b.code = l.merchant_code
     WHERE l.order_id = ? AND b.created_at > ? ORDER BY b.created_at DESC LIMIT 1`
  ).get(s.orderId, orderAt) as { code: string; definedAt: string } | undefined
  if (bundle) return [{ key: 'causeSuggest.facts.lateBundle', params: { ...bundle, orderAt } }]
  return null
}

// What the cause rules look at for one case: the order, the moment its stock ran
// out (when the case opened), its deadline, and the SKUs it lacks with how many
// units of each it needs.
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import { loadCase, lackingIds } from '../queue/rows'

export interface SubjectProduct {
  id: number
  sku: string
  /** Units of this SKU the order needs. */
  needed: number
}

export interface Subject {
  orderId: number
  platform: string
  shopId: number | null
  paidAt: string | null
  orderCreatedAt: string
  /** When the case opened: the stock had run out by then. */
  stockoutAt: string
  /** The order's ship-by time, or null. */
  deadline: string | null
  nowAt: string
  products: SubjectProduct[]
}

export function loadSubject(db: Db, caseId: number, nowAt: string): Subject {
  const c = loadCase(db, caseId)
  const o = prepared(db, 'SELECT platform, shop_id AS shopId, paid_at AS paidAt, created_at AS createdAt, promised_ship_at AS promised FROM orders WHERE id = ?').get(
    c.order_id
  ) as { platform: string; shopId: number | null; paidAt: string | null; createdAt: string; promised: string | null }
  const lines = prepared(
    db,
    `SELECT l.product_id AS id, p.merchant_code AS sku, SUM(l.quantity) AS needed FROM order_lines l JOIN products p ON p.id = l.product_id
     WHERE l.order_id = ? GROUP BY l.product_id ORDER BY MIN(l.line_no)`
  ).all(c.order_id) as SubjectProduct[]
  // The SKUs the engine said the order lacks; when it no longer says (the order was cancelled), all of its SKUs.
  const lacking = new Set(lackingIds(c))
  const products = lacking.size > 0 ? lines.filter((l) => lacking.has(l.id)) : lines
  return {
    orderId: c.order_id,
    platform: o.platform,
    shopId: o.shopId,
    paidAt: o.paidAt,
    orderCreatedAt: o.createdAt,
    stockoutAt: c.opened_at,
    deadline: c.deadline ?? o.promised,
    nowAt,
    products
  }
}

export const shiftIso = (iso: string, ms: number): string => new Date(Date.parse(iso) + ms).toISOString()

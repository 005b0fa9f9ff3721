// The demand side's rules: far more sold in the days before the stockout than the
// SKU's in-stock average (活动/爆单), and the last units taken by orders from two or
// more shops or platforms close together (多平台超卖).
import type { EngineMessage } from '../../../shared/engine-types'
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import type { Subject, SubjectProduct } from './subject'
import { shiftIso } from './subject'
import { DAY_MS, HOUR_MS, OVERSELL_WINDOW_HOURS, SPIKE_DAYS, SPIKE_MIN_UNITS, SPIKE_RATIO } from './thresholds'

export function demandSpike(db: Db, s: Subject, p: SubjectProduct): EngineMessage[] | null {
  // The engine's average counts only days the SKU was in stock (domain.md): stockout days hide demand.
  const avg = (prepared(db, 'SELECT avg_daily AS avg FROM engine_demand WHERE product_id = ?').get(p.id) as { avg: number } | undefined)?.avg
  if (avg === undefined || avg <= 0) return null
  const since = shiftIso(s.stockoutAt, -SPIKE_DAYS * DAY_MS)
  const units = (
    prepared(
      db,
      `SELECT IFNULL(SUM(l.quantity), 0) AS n FROM order_lines l JOIN orders o ON o.id = l.order_id
       WHERE l.product_id = ? AND o.status <> 'unpaid' AND o.paid_at >= ? AND o.paid_at <= ?`
    ).get(p.id, since, s.stockoutAt) as { n: number }
  ).n
  const perDay = units / SPIKE_DAYS
  if (units < SPIKE_MIN_UNITS || perDay < SPIKE_RATIO * avg) return null
  return [
    {
      key: 'causeSuggest.facts.demandSpike',
      params: { sku: p.sku, units, days: SPIKE_DAYS, perDay: round1(perDay), average: round1(avg), times: round1(perDay / avg) }
    }
  ]
}

const round1 = (n: number): number => Math.round(n * 10) / 10

interface Taker {
  orderNo: string
  shop: string
  paidAt: string
}

export function oversellSync(db: Db, s: Subject, p: SubjectProduct): EngineMessage[] | null {
  if (s.paidAt === null) return null
  // Orders of the same SKU paid shortly before this one that got their units (not short themselves).
  const takers = prepared(
    db,
    `SELECT o.order_no AS orderNo, o.paid_at AS paidAt,
       CASE WHEN o.shop_id IS NOT NULL THEN 's' || o.shop_id ELSE 'p' || o.platform END AS shopKey,
       COALESCE(sh.name, o.platform) AS shop
     FROM order_lines l JOIN orders o ON o.id = l.order_id LEFT JOIN shops sh ON sh.id = o.shop_id
     WHERE l.product_id = ? AND o.id <> ? AND o.status IN ('awaiting_shipment','shipped','received')
       AND o.paid_at >= ? AND o.paid_at <= ?
       AND NOT EXISTS (SELECT 1 FROM queue_cases c WHERE c.order_id = o.id AND c.situation = 'short')
     GROUP BY o.id ORDER BY o.paid_at DESC`
  ).all(p.id, s.orderId, shiftIso(s.paidAt, -OVERSELL_WINDOW_HOURS * HOUR_MS), s.paidAt) as (Taker & { shopKey: string })[]
  const own = s.shopId !== null ? `s${s.shopId}` : `p${s.platform}`
  const others = takers.filter((t) => t.shopKey !== own)
  if (others.length === 0) return null
  const shops = [...new Set(others.map((t) => t.shop))]
  return [
    {
      key: 'causeSuggest.facts.oversold',
      params: { sku: p.sku, orders: takers.length, shops: shops.join(', '), hours: OVERSELL_WINDOW_HOURS, firstAt: others[others.length - 1]!.paidAt, paidAt: s.paidAt }
    }
  ]
}

// Recounting demand for some SKUs only. An import of today's export touches a few
// hundred SKUs of thousands; every other SKU's four-week figures cannot have changed
// (demand of a SKU depends only on its own order lines, its bundles' lines and its
// own ledger), so only the touched ones are counted again and their rows replaced.
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import type { OpenOrders } from './allocate'
import { computeDemand, type DemandWindow } from './demand-load'
import type { DemandStats } from './demand'
import type { SkuInfo } from './load'
import { iso } from './time'

// Driven from the SKUs rather than from the days: the touched SKUs' lines (direct, or a bundle
// containing them) through the product and merchant-code indexes, then their orders by id.
const DAILY_DEMAND_FOR = `
  WITH d(i, lo, hi) AS (SELECT CAST(key AS INTEGER), value ->> 0, value ->> 1 FROM json_each(?)),
  p(id) AS (SELECT value FROM json_each(?)),
  x(order_id, pid, units) AS (
    SELECT l.order_id, l.product_id, l.quantity FROM p JOIN order_lines l ON l.product_id = p.id
    UNION ALL
    SELECT l.order_id, bp.product_id, l.quantity * bp.quantity
    FROM p JOIN bundle_parts bp ON bp.product_id = p.id JOIN bundles b ON b.id = bp.bundle_id
    JOIN order_lines l ON l.merchant_code = b.code AND l.product_id IS NULL)
  SELECT x.pid, d.i, SUM(x.units)
  FROM x JOIN orders o ON o.id = x.order_id JOIN d ON o.paid_at >= d.lo AND o.paid_at < d.hi
  WHERE o.status IN ('shipped', 'received')
  GROUP BY x.pid, d.i`

const MOVEMENTS_FOR = `
  SELECT m.product_id, m.quantity, m.created_at FROM json_each(?) p
  JOIN stock_movements m ON m.product_id = p.value AND m.created_at >= ? ORDER BY m.id`

/**
 * From this share of the shop's SKUs on, the whole recount (one range scan per day) is cheaper than
 * looking the touched SKUs up one by one, and gives the same figures.
 */
const WHOLE_FROM_SHARE = 0.25

/** The demand of every SKU, with the given SKUs recounted and the others as stored. */
export function recountDemandFor(
  db: Db,
  skus: SkuInfo,
  w: DemandWindow,
  open: OpenOrders,
  stored: Map<number, DemandStats>,
  products: ReadonlySet<number>
): Map<number, DemandStats> {
  const ids = skus.ids.filter((id) => products.has(id))
  const fresh =
    ids.length >= skus.ids.length * WHOLE_FROM_SHARE
      ? computeDemand(db, skus, w, open, new Set(ids))
      : computeDemand(db, skus, w, open, new Set(ids), {
          daily: () => {
            const ranges = w.boundaries.slice(0, -1).map((b, i) => [iso(b), iso(w.boundaries[i + 1]!)])
            return prepared(db, DAILY_DEMAND_FOR).raw().all(JSON.stringify(ranges), JSON.stringify(ids)) as [number, number, number][]
          },
          movements: () => prepared(db, MOVEMENTS_FOR).raw().all(JSON.stringify(ids), w.from) as [number, number, string][]
        })
  const out = new Map(stored)
  for (const id of ids) {
    const s = fresh.get(id)
    if (s) out.set(id, s)
    else out.delete(id)
  }
  const drop = prepared(db, 'DELETE FROM engine_demand WHERE product_id = ?')
  const insert = prepared(db, 'INSERT INTO engine_demand (product_id, in_stock_days, units, avg_daily, sigma_daily) VALUES (?, ?, ?, ?, ?)')
  for (const id of ids) {
    drop.run(id)
    const s = fresh.get(id)
    if (s) insert.run(id, s.inStockDays, s.units, s.avgDaily, s.sigmaDaily)
  }
  return out
}

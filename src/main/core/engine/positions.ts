// Per-SKU stock position from the stored results: available to promise, what
// waits and what is on its way, demand and cover, for the inventory screen.
import type { ParsedInput } from '../../../shared/contract'
import type { POSITION_SORTS } from '../../../shared/calls/engine'
import type { PositionsPage, SkuPosition } from '../../../shared/engine-types'
import type { CoreContext } from '../context'
import { containsPattern } from '../db/like'
import { prepared } from '../db/prepared'
import { computedAt } from './triage'

export const POSITION_COLUMNS = `
  k.product_id AS productId, p.merchant_code AS merchantCode, p.name, p.spec, p.supplier_id AS supplierId, s.name AS supplierName,
  k.on_hand AS onHand, k.allocated, k.available, k.open_units AS openUnits, k.open_orders AS openOrders,
  k.waiting_units AS waitingUnits, k.waiting_orders AS waitingOrders, k.lacking_orders AS lackingOrders, k.lacking_units AS lackingUnits,
  k.incoming_units AS incomingUnits, k.incoming_next_at AS nextIncomingAt, k.overdue_units AS overdueIncomingUnits,
  k.avg_daily AS avgDailyDemand, k.sigma_daily AS sigmaDaily, k.in_stock_days AS inStockDays, k.days_of_cover AS daysOfCover,
  k.lead_time_days AS leadTimeDays, k.safety_used AS safetyStock, k.stat_safety AS statisticalSafetyStock,
  k.reorder_point AS reorderPoint, k.suggested_qty AS suggestedQty, k.run_out_at AS runOutAt`

const FROM = `FROM engine_skus k JOIN products p ON p.id = k.product_id LEFT JOIN suppliers s ON s.id = p.supplier_id`

const WHERE = `
  WHERE (:like IS NULL OR p.merchant_code LIKE :like ESCAPE '\\' OR p.name LIKE :like ESCAPE '\\' OR p.spec LIKE :like ESCAPE '\\')
    AND (:supplierId IS NULL OR p.supplier_id = :supplierId)
    AND (:filter = 'all'
      OR (:filter = 'short' AND k.waiting_orders > 0)
      OR (:filter = 'below_safety' AND k.available < p.safety_stock)
      OR (:filter = 'run_out' AND k.run_out_at IS NOT NULL)
      OR (:filter = 'reorder' AND k.suggested_qty > 0)
      OR (:filter = 'incoming' AND k.incoming_units > 0))`

const SORT_SQL: Record<(typeof POSITION_SORTS)[number], string> = {
  merchantCode: 'p.merchant_code',
  available: 'k.available',
  waitingUnits: 'k.waiting_units',
  daysOfCover: 'k.days_of_cover IS NULL, k.days_of_cover',
  suggestedQty: 'k.suggested_qty',
  runOutAt: 'k.run_out_at IS NULL, k.run_out_at'
}

const round = (x: number | null, d: number): number | null => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d)

export function listPositions(ctx: CoreContext, q: ParsedInput<'engine.positions'>): PositionsPage {
  const params = { like: q.search.trim() ? containsPattern(q.search.trim()) : null, supplierId: q.supplierId, filter: q.filter }
  const total = (prepared(ctx.db, `SELECT COUNT(*) AS n ${FROM} ${WHERE}`).get(params) as { n: number }).n
  const dir = q.dir === 'desc' ? 'DESC' : 'ASC'
  // Direction applies to the value, never to the "IS NULL" tie-breaker: unknowns stay last.
  const order = SORT_SQL[q.sort]
    .split(',')
    .map((c) => (c.includes('IS NULL') ? c.trim() : `${c.trim()} ${dir}`))
    .join(', ')
  const rows = prepared(ctx.db, `SELECT ${POSITION_COLUMNS} ${FROM} ${WHERE} ORDER BY ${order}, p.merchant_code LIMIT :limit OFFSET :offset`).all({
    ...params,
    limit: q.limit,
    offset: q.offset
  }) as SkuPosition[]
  return {
    computedAt: computedAt(ctx),
    total,
    rows: rows.map((r) => ({
      ...r,
      avgDailyDemand: round(r.avgDailyDemand, 2),
      sigmaDaily: round(r.sigmaDaily, 2),
      daysOfCover: round(r.daysOfCover, 1)
    }))
  }
}

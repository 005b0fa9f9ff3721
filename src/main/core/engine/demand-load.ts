// Loads the demand window from SQLite and keeps its result in engine_demand.
// Demand figures only change when the local day turns, the time zone changes or
// orders/mappings change (movements are stamped now, i.e. today, which the window
// leaves out), so a recompute after a stock move or a rule edit reuses them.
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import { jsonRowsSql, readJsonRows } from '../db/json-rows'
import { BulkWriter } from './bulk-writer'
import { demandStats, leadTimeStats, type DemandStats } from './demand'
import { paidTimes, type OpenOrders } from './allocate'
import type { SkuInfo } from './load'
import { localDate } from '../../../shared/time'
import { dayBoundaries, iso, isoMs } from './time'

/** Four whole weeks: long enough to smooth weekdays, short enough to follow a season. */
export const DEMAND_WINDOW_DAYS = 28

export interface DemandWindow {
  /** The local day the window ends before ("today"). */
  day: string
  timeZone: string
  boundaries: number[]
  from: string
  to: string
  days: number
}

export function demandWindow(nowMs: number, timeZone: string): DemandWindow {
  const boundaries = dayBoundaries(nowMs, timeZone, DEMAND_WINDOW_DAYS)
  return {
    day: localDate(nowMs, timeZone),
    timeZone,
    boundaries,
    from: iso(boundaries[0]!),
    to: iso(boundaries[boundaries.length - 1]!),
    days: DEMAND_WINDOW_DAYS
  }
}

// Shipped and received orders only: open orders are already in memory (see computeDemand). A bundle
// line counts as its components' units.
// Each local day is a range of paid_at (ISO text sorts as time): one index range scan per day.
// CROSS JOIN keeps the days as the outer loop and `+o.status` keeps the planner off the status index,
// which it would otherwise prefer (and then read every order ever shipped).
// The rows come back as one JSON text (db/json-rows.ts): 80,000 of them in the bench's shop, 50 ms sooner than raw rows.
const DAILY_DEMAND = jsonRowsSql(
  ['pid', 'i', 'units'],
  `FROM (
  WITH d(i, lo, hi) AS (SELECT CAST(key AS INTEGER), value ->> 0, value ->> 1 FROM json_each(?))
  SELECT COALESCE(bp.product_id, l.product_id) AS pid, d.i AS i, SUM(l.quantity * COALESCE(bp.quantity, 1)) AS units
  FROM d CROSS JOIN orders o ON o.paid_at >= d.lo AND o.paid_at < d.hi
  JOIN order_lines l ON l.order_id = o.id
  LEFT JOIN bundles b ON l.product_id IS NULL AND b.code = l.merchant_code
  LEFT JOIN bundle_parts bp ON bp.bundle_id = b.id
  WHERE +o.status IN ('shipped', 'received') AND (l.product_id IS NOT NULL OR bp.product_id IS NOT NULL)
  GROUP BY pid, d.i)`
)
/** Movements in the window, in the order they were made. */
const WINDOW_MOVEMENTS = jsonRowsSql(
  ['product_id', 'quantity', 'created_at'],
  'FROM (SELECT product_id, quantity, created_at FROM stock_movements WHERE created_at >= ? ORDER BY id)'
)

/** Where computeDemand reads shipped demand and movements; a recount for some SKUs reads only theirs (demand-scope.ts). */
export interface DemandSources {
  daily: () => [number, number, number][]
  movements: () => [number, number, string][]
}

/**
 * Demand counts paid orders that were not cancelled: shipped and received ones from SQL, open ones from the loaded columns.
 * `only`: count these SKUs only (the others are left out of the result).
 */
export function computeDemand(
  db: Db,
  skus: SkuInfo,
  w: DemandWindow,
  open: OpenOrders,
  only?: ReadonlySet<number>,
  sources?: DemandSources
): Map<number, DemandStats> {
  const ranges = w.boundaries.slice(0, -1).map((b, i) => [iso(b), iso(w.boundaries[i + 1]!)])
  const dailyRows = sources ? sources.daily() : readJsonRows<[number, number, number]>(db, DAILY_DEMAND, JSON.stringify(ranges))
  const days = w.boundaries.length - 1
  const wanted = (pid: number) => !only || only.has(pid)
  const perDay = new Map<number, Float64Array>()
  const add = (pid: number, day: number, units: number) => {
    let a = perDay.get(pid)
    if (!a) perDay.set(pid, (a = new Float64Array(days)))
    a[day]! += units
  }
  for (const [productId, day, units] of dailyRows) if (day >= 0 && day < days && wanted(productId)) add(productId, day, units)
  const first = w.boundaries[0]!
  const last = w.boundaries[days]!
  const paidMs = paidTimes(open)
  for (let i = 0; i < open.count; i++) {
    const paid = paidMs[i]!
    if (!(paid >= first && paid < last)) continue
    // Most open orders were paid in the last day or two: look from the end.
    let day = days - 1
    while (w.boundaries[day]! > paid) day--
    for (let j = open.lineStart[i]!; j < open.lineStart[i + 1]!; j++) {
      const pid = open.linePid[j]!
      if (pid && wanted(pid)) add(pid, day, open.lineQty[j]!)
    }
  }
  const movementRows = sources ? sources.movements() : readJsonRows<[number, number, string]>(db, WINDOW_MOVEMENTS, w.from)
  const movements: { productId: number; quantity: number; atMs: number }[] = []
  for (const [productId, quantity, at] of movementRows) if (wanted(productId)) movements.push({ productId, quantity, atMs: isoMs(at) })
  const productIds = only ? skus.ids.filter((id) => only.has(id)) : skus.ids
  return demandStats({ boundaries: w.boundaries, daily: [], perDay, movements, onHand: (id) => skus.onHand[id] ?? 0, productIds })
}

const DEMAND_COLUMNS = ['product_id', 'in_stock_days', 'units', 'avg_daily', 'sigma_daily'] as const

export function storeDemand(db: Db, stats: Map<number, DemandStats>): void {
  prepared(db, 'DELETE FROM engine_demand').run()
  const rows = new BulkWriter(db, 'engine_demand', DEMAND_COLUMNS)
  for (const [pid, s] of stats) rows.row(pid, s.inStockDays, s.units, s.avgDaily, s.sigmaDaily)
  rows.flush()
}

export function storedDemand(db: Db): Map<number, DemandStats> {
  const rows = prepared(db, 'SELECT product_id, in_stock_days, units, avg_daily, sigma_daily FROM engine_demand').raw().all() as [
    number,
    number,
    number,
    number,
    number
  ][]
  return new Map(rows.map(([pid, inStockDays, units, avgDaily, sigmaDaily]) => [pid, { inStockDays, units, avgDaily, sigmaDaily }]))
}

/** σ of each supplier's actual lead times (days from ordered to received), where at least three deliveries say. */
export function supplierLeadSigma(db: Db): Map<number, number | null> {
  const rows = prepared(
    db,
    `SELECT supplier_id, julianday(received_at) - julianday(ordered_at) FROM incoming_stock
     WHERE status = 'received' AND supplier_id IS NOT NULL AND ordered_at IS NOT NULL AND received_at IS NOT NULL
     ORDER BY supplier_id, id`
  )
    .raw()
    .all() as [number, number][]
  const samples = new Map<number, number[]>()
  for (const [s, days] of rows) {
    const list = samples.get(s)
    if (list) list.push(days)
    else samples.set(s, [days])
  }
  return new Map([...samples].map(([s, list]) => [s, leadTimeStats(list)?.sigma ?? null]))
}

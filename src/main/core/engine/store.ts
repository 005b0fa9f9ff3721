// Writes a recompute's results over the previous ones. Many rows go in as
// multi-row INSERTs (one statement per few hundred rows instead of one per row,
// see import/insert-orders.ts), in order id order so each B-tree only appends.
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import { BulkWriter } from './bulk-writer'
import { writeChangedRows } from './changed-rows'
import { READY, SHORT, STATES, UNMAPPED } from './allocate'
import type { Written } from './cache'
import type { EngineResult } from './compute'

/** Rewriting more than this share of engine_orders row by row costs more than rewriting it whole. */
const REWRITE_SHARE = 0.3

const ORDER_COLUMNS = ['order_id', 'rank', 'state', 'deadline', 'late_fen'] as const
const ACTION_COLUMNS = ['order_id', 'rank', 'deadline', 'recommendation', 'stockout_fen', 'reason_key', 'reason_params', 'product_id', 'substitute_id', 'ready_at', 'lacking'] as const
const SKU_COLUMNS = [
  'product_id',
  'on_hand',
  'allocated',
  'available',
  'open_units',
  'open_orders',
  'waiting_units',
  'waiting_orders',
  'lacking_units',
  'lacking_orders',
  'incoming_units',
  'incoming_next_at',
  'overdue_units',
  'avg_daily',
  'sigma_daily',
  'in_stock_days',
  'demand_units',
  'lead_time_days',
  'lead_sigma',
  'stat_safety',
  'safety_used',
  'safety_formula',
  'reorder_point',
  'suggested_qty',
  'days_of_cover',
  'run_out_at'
] as const

type Value = string | number | null

export interface StoredSummary {
  computedAt: string
  durationMs: number
  serviceLevel: number
  demand: { day: string; timeZone: string; from: string; to: string; days: number }
}

/**
 * Writes the results. With `previous` (what engine_orders holds, by index of the
 * same orders) only the orders whose rank, state, deadline or penalty changed are
 * rewritten, and the rows of `gone` (orders no longer open) deleted; otherwise, or
 * when most changed, the table is rewritten whole.
 */
export function storeResult(db: Db, r: EngineResult, s: StoredSummary, previous: (Written & { gone?: readonly number[] }) | null = null): void {
  const o = r.orders
  const state = r.allocation.state
  const counts = [0, 0, 0]
  for (let i = 0; i < o.count; i++) counts[state[i]!]!++
  let rows: number[] | null = null
  if (previous) {
    rows = []
    for (let i = 0; i < o.count && rows.length <= o.count * REWRITE_SHARE; i++) {
      if (
        previous.state[i] !== state[i] ||
        previous.lateFen[i] !== r.lateFen[i] ||
        previous.rank[i] !== r.priority.rank[i] ||
        previous.deadline[i] !== r.deadline[i]
      )
        rows.push(i)
    }
    if (rows.length > o.count * REWRITE_SHARE) rows = null
    else if (previous.gone?.length)
      prepared(db, 'DELETE FROM engine_orders WHERE order_id IN (SELECT value FROM json_each(?))').run(JSON.stringify(previous.gone))
  }
  if (rows === null) {
    prepared(db, 'DELETE FROM engine_orders').run()
    // In id order, so the table's B-tree only appends (orders usually arrive in id order already).
    rows = Array.from({ length: o.count }, (_, i) => i)
    if (!o.id.every((id, i) => i === 0 || o.id[i - 1]! < id)) rows.sort((a, b) => o.id[a]! - o.id[b]!)
  }
  const orders = new BulkWriter(db, 'engine_orders', ORDER_COLUMNS, 'INSERT OR REPLACE')
  for (const i of rows) {
    orders.put(o.id[i]!)
    orders.put(r.priority.rank[i]!)
    orders.put(STATES[state[i]!]!)
    orders.put(r.deadline[i]!)
    orders.put(r.lateFen[i]!)
    orders.endRow()
  }
  orders.flush()

  const actions: Value[][] = []
  let wait = 0
  let substitute = 0
  let cancel = 0
  let lateShort = 0
  let stockoutShort = 0
  for (const [short, a] of r.actions) {
    const i = short.index
    lateShort += r.lateFen[i]!
    stockoutShort += r.stockoutFen[i]!
    if (a.recommendation === 'wait') wait++
    else if (a.recommendation === 'substitute') substitute++
    else cancel++
    actions.push([
      o.id[i]!,
      r.priority.rank[i]!,
      r.deadline[i]!,
      a.recommendation,
      r.stockoutFen[i]!,
      a.reason.key,
      JSON.stringify(a.reason.params),
      a.productId,
      a.substituteId,
      a.readyAt,
      JSON.stringify(short.lacking)
    ])
  }
  writeChangedRows(db, 'engine_actions', ACTION_COLUMNS, actions)

  const skus: Value[][] = []
  for (const k of r.skus) {
    const f = k.figures
    skus.push([
      k.productId,
      k.onHand,
      k.allocated,
      k.available,
      k.openUnits,
      k.openOrders,
      k.waitingUnits,
      k.waitingOrders,
      k.lackingUnits,
      k.lackingOrders,
      k.incomingUnits,
      k.nextIncomingAt,
      k.overdueUnits,
      k.demand?.avgDaily ?? null,
      k.demand?.sigmaDaily ?? null,
      k.demand?.inStockDays ?? 0,
      k.demand?.units ?? 0,
      k.leadTimeDays,
      k.leadSigma,
      f.statSafety,
      f.safetyUsed,
      f.safetyFormula,
      f.reorderPoint,
      f.suggestedQty,
      f.daysOfCover,
      k.runOutAt
    ])
  }
  writeChangedRows(db, 'engine_skus', SKU_COLUMNS, skus)

  prepared(
    db,
    `INSERT OR REPLACE INTO engine_state (id, computed_at, duration_ms, service_level, open_orders, ready_orders, short_orders, unmapped_orders,
       wait_orders, substitute_orders, cancel_orders, late_fen_short, stockout_fen_short,
       demand_day, demand_time_zone, demand_from, demand_to, demand_days)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(
    s.computedAt,
    s.durationMs,
    s.serviceLevel,
    o.count,
    counts[READY],
    counts[SHORT],
    counts[UNMAPPED],
    wait,
    substitute,
    cancel,
    lateShort,
    stockoutShort,
    s.demand.day,
    s.demand.timeZone,
    s.demand.from,
    s.demand.to,
    s.demand.days
  )
}

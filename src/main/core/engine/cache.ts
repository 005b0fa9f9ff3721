// Warm recomputes. After a change that cannot touch orders or their lines (a stock
// movement, a SKU's settings, a delivery, a rule), the open orders loaded by the
// previous recompute are reused, and so are their deadlines and queue order while
// the ship windows are unchanged; only the engine_orders rows whose state or
// penalty changed are rewritten. Loading and rewriting 200,000 order rows is most
// of a cold recompute; allocating them again in memory is not.
//
// The cache belongs to one connection and is dropped when anything else may have
// changed the orders: another connection committed (PRAGMA data_version moves:
// the import worker, the CLI, a restore) or the number of open orders differs;
// and it is only read when the caller says its change cannot touch orders
// (recompute's `warm` option, set by the triggers for stock, SKU, delivery and
// rule changes). Imports, mappings, the demo shop, an explicit recompute and the
// periodic refresh load afresh; when what they load is the same orders as cached,
// the cached rows still say what engine_orders holds, so only rows whose values
// differ are written (writtenFor). A what-if never reads or fills it.
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import type { OpenOrders, Priority } from './allocate'

export interface Prioritized {
  priority: Priority
  deadline: (string | null)[]
}

/** engine_orders as last written, by order index: every column but the order id. */
export interface Written {
  rank: Int32Array
  state: Uint8Array
  deadline: readonly (string | null)[]
  lateFen: Float64Array
}

export interface WarmState {
  dataVersion: number
  openCount: number
  orders: OpenOrders
  windowsKey: string
  prioritized: Prioritized
  written: Written
}

const warm = new WeakMap<Db, WarmState>()

export const dataVersion = (db: Db): number => db.pragma('data_version', { simple: true }) as number

export const openOrderCount = (db: Db): number =>
  (prepared(db, `SELECT COUNT(*) AS n FROM orders WHERE status = 'awaiting_shipment'`).get() as { n: number }).n

/** The cached state if it still describes the shop, else nothing. */
export function warmState(db: Db): WarmState | undefined {
  const state = warm.get(db)
  if (!state) return undefined
  if (state.dataVersion !== dataVersion(db) || state.openCount !== openOrderCount(db)) {
    warm.delete(db)
    return undefined
  }
  return state
}

export function keepWarm(db: Db, state: Omit<WarmState, 'dataVersion' | 'openCount'>): void {
  warm.set(db, { ...state, dataVersion: dataVersion(db), openCount: openOrderCount(db) })
}

/** Forgets what this connection last computed, so the next recompute is one from scratch (the bench's). */
export function forgetWarm(db: Db): void {
  warm.delete(db)
}

/**
 * The rows engine_orders holds, by index of `orders`, when `orders` (loaded afresh) are the same
 * orders in the same order as the cached ones: a recompute with nothing changed in the orders (the
 * periodic refresh, an explicit recompute) then rewrites only the rows whose values differ.
 */
export function writtenFor(state: WarmState | undefined, orders: OpenOrders): Written | null {
  if (!state || state.orders.count !== orders.count) return null
  const a = state.orders.id
  const b = orders.id
  for (let i = 0; i < b.length; i++) if (a[i] !== b[i]) return null
  return state.written
}

// Recompute: load the shop, run the engine, store the results, all in one
// transaction so screens never see half a recompute. `now` is ctx.now(): the
// app's clock, a test's fixed time, or a what-if moment. A what-if runs the same
// recompute in a transaction that is always rolled back, so it is computed by
// exactly the code that computes the stored results and never changes them.
import type { EngineSummary } from '../../../shared/engine-types'
import { Z_FOR_SERVICE_LEVEL, type ServiceLevel } from '../../../shared/engine-types'
import type { CoreContext } from '../context'
import { prepared } from '../db/prepared'
import { getSettings } from '../settings/settings'
import { computeEngine } from './compute'
import { computeDemand, demandWindow, storeDemand, storedDemand, supplierLeadSigma } from './demand-load'
import { loadOpenDeliveries, loadOpenOrders, loadSkus, loadSubstitutes } from './load'
import { activeRules } from './rules'
import { storeResult } from './store'
import { runResultsStored } from './hooks'
import { keepWarm, warmState, writtenFor } from './cache'
import { recountDemandFor } from './demand-scope'
import { storedWritten } from './stored-orders'

/** Stored results older than this are recomputed before a screen reads them: hours left and overdue deliveries move with the clock. */
export const STALE_AFTER_MS = 10 * 60_000

export interface RecomputeOptions {
  /**
   * Recount demand even if the day has not turned (orders or mappings changed): `true` for every
   * SKU, or `{ products }` for the SKUs a change touched (an import) — every other SKU keeps its stored figures.
   */
  demand?: boolean | { products: ReadonlySet<number> }
  /**
   * The caller changed nothing open orders or their lines depend on (stock, a SKU's
   * settings, deliveries, rules): the orders loaded by the previous recompute may be
   * reused (see cache.ts). Without it they are loaded again — the safe default for
   * any change to orders.
   */
  warm?: boolean
}

export function zFor(serviceLevel: number): number {
  return Z_FOR_SERVICE_LEVEL[serviceLevel as ServiceLevel] ?? Z_FOR_SERVICE_LEVEL[0.95]
}

/** The ship windows in force: deadlines and queue order stay valid while these do. */
const windowsKey = (rule: ReturnType<typeof activeRules>): string => rule.windowsKey

export function recompute(ctx: CoreContext, options: RecomputeOptions = {}): EngineSummary {
  return run(ctx, options, true)
}

function run(ctx: CoreContext, options: RecomputeOptions, cache: boolean): EngineSummary {
  const db = ctx.db
  const kept = db.transaction(() => {
    const started = performance.now()
    // What this connection computed and wrote last, if nothing else has written since (see cache.ts). Checked
    // inside the transaction: once it holds the write lock, no other connection can commit before it ends.
    const last = cache ? warmState(db) : undefined
    const warm = options.warm === true && !options.demand ? last : undefined
    const nowMs = ctx.now().getTime()
    const settings = getSettings(ctx)
    const skus = loadSkus(db)
    const window = demandWindow(nowMs, settings.timeZone)
    const previous = prepared(db, 'SELECT demand_day AS day, demand_time_zone AS tz FROM engine_state WHERE id = 1').get() as
      | { day: string | null; tz: string | null }
      | undefined
    const refresh = options.demand === true || !previous || previous.day !== window.day || previous.tz !== window.timeZone
    const scope = !refresh && typeof options.demand === 'object' ? options.demand.products : null
    const orders = warm?.orders ?? loadOpenOrders(db)
    const demand = refresh
      ? computeDemand(db, skus, window, orders)
      : scope
        ? recountDemandFor(db, skus, window, orders, storedDemand(db), scope)
        : storedDemand(db)
    if (refresh) storeDemand(db, demand)
    const rule = activeRules(db)
    const windows = windowsKey(rule)
    const same = warm !== undefined && warm.windowsKey === windows
    const result = computeEngine({
      nowMs,
      orders,
      skus,
      substitutes: loadSubstitutes(db),
      deliveries: loadOpenDeliveries(db),
      rule,
      demand,
      leadSigma: supplierLeadSigma(db),
      z: zFor(settings.serviceLevel),
      windowDays: window.days,
      ...(same ? { prioritized: warm.prioritized } : {})
    })
    storeResult(
      db,
      result,
      {
        computedAt: new Date(nowMs).toISOString(),
        durationMs: 0,
        serviceLevel: settings.serviceLevel,
        demand: { day: window.day, timeZone: window.timeZone, from: window.from, to: window.to, days: window.days }
      },
      // Only the rows that differ from what the table holds: known from the cache after a warm recompute, or when
      // the orders loaded afresh are the same; else read back from the table.
      (same ? warm.written : writtenFor(last, orders)) ?? storedWritten(db, orders)
    )
    // The hooks (the queue's cases, wire.ts) follow the results just stored, in this transaction (not for a what-if).
    if (cache) runResultsStored(db, new Date(nowMs).toISOString())
    prepared(db, 'UPDATE engine_state SET duration_ms = ? WHERE id = 1').run(Math.round(performance.now() - started))
    return { orders, windowsKey: windows, prioritized: { priority: result.priority, deadline: result.deadline }, written: { rank: result.priority.rank, state: result.allocation.state, deadline: result.deadline, lateFen: result.lateFen } }
  }).immediate()
  // Only once committed: a rolled-back recompute must not leave a cache describing rows that were never written.
  // A what-if (cache false) leaves it alone: its transaction is rolled back, so the tables stay as the cache says.
  if (cache) keepWarm(db, kept)
  return readSummary(ctx)
}

export function readSummary(ctx: CoreContext): EngineSummary {
  const s = prepared(ctx.db, 'SELECT * FROM engine_state WHERE id = 1').get() as Record<string, number | string | null> | undefined
  const n = (k: string): number => Number(s?.[k] ?? 0)
  const t = (k: string): string | null => (s?.[k] as string | null | undefined) ?? null
  return {
    computedAt: t('computed_at'),
    durationMs: n('duration_ms'),
    serviceLevel: s ? n('service_level') : getSettings(ctx).serviceLevel,
    openOrders: n('open_orders'),
    readyOrders: n('ready_orders'),
    shortOrders: n('short_orders'),
    unmappedOrders: n('unmapped_orders'),
    wait: n('wait_orders'),
    substitute: n('substitute_orders'),
    cancel: n('cancel_orders'),
    lateFenShort: n('late_fen_short'),
    stockoutFenShort: n('stockout_fen_short'),
    demandFrom: t('demand_from'),
    demandTo: t('demand_to'),
    demandDays: n('demand_days')
  }
}

/**
 * Recomputes when nothing is stored yet or the stored results are older than
 * STALE_AFTER_MS, from a fresh load: the periodic refresh is also the backstop
 * for any change the warm cache could not see.
 */
export function ensureFresh(ctx: CoreContext): void {
  const row = prepared(ctx.db, 'SELECT computed_at AS at FROM engine_state WHERE id = 1').get() as { at: string } | undefined
  if (!row || ctx.now().getTime() - Date.parse(row.at) > STALE_AFTER_MS) recompute(ctx)
}

class WhatIfDone<T> {
  constructor(readonly value: T) {}
}

/**
 * Reads as of another moment: recomputes as of `nowIso` and reads inside a
 * transaction, then rolls it back. Nothing stored changes.
 */
export function asOf<T>(ctx: CoreContext, nowIso: string | null, read: (ctx: CoreContext) => T): T {
  if (nowIso === null) {
    ensureFresh(ctx)
    return read(ctx)
  }
  const at = new Date(nowIso)
  const whatIf: CoreContext = { ...ctx, now: () => at }
  try {
    ctx.db.transaction(() => {
      run(whatIf, {}, false)
      throw new WhatIfDone(read(whatIf))
    })()
  } catch (e) {
    if (e instanceof WhatIfDone) return e.value as T
    throw e
  }
  throw new Error('unreachable')
}

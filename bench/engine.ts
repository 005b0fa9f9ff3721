// Issue #4 bench: the stockout engine on a big shop — 200,000 open order lines
// over 20,000 SKUs, with four weeks of shipped history, a ledger, deliveries and
// substitutes. Recompute is compared with one SELECT that sums open demand per SKU
// over the same tables, measured in the same run; the Alerts screen's data call is
// timed through dispatch, as the renderer calls it.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CoreContext } from '../src/main/core/context'
import { closeDatabase, openDatabase, type Db } from '../src/main/core/db/open'
import { dispatch } from '../src/main/core/dispatch'
import { recompute } from '../src/main/core/engine/recompute'
import { forgetWarm } from '../src/main/core/engine/cache'
import { createHandlers } from '../src/main/core/handlers'

export interface EngineBench {
  openLines: number
  openOrders: number
  skus: number
  historyLines: number
  movements: number
  /** The reference alone, median of five; the stock-move ratio is against it. */
  referenceMs: number
  // The recompute ratios (full, cold, refresh, after import): the median of five runs, each divided by a reference run just before it.
  /** From scratch: load every open order, recount demand over four weeks, allocate, recommend, write everything. */
  recomputeFullMs: number
  /** From scratch without the demand recount: nothing kept from before (a fresh process, or after another connection wrote). */
  recomputeColdMs: number
  /** The periodic refresh when no order changed since the last recompute: orders loaded afresh, only rows that differ written. */
  recomputeRefreshMs: number
  ratioRefresh: number
  /** After an import that touched 1% of the SKUs (a day's export): orders loaded afresh, demand recounted for those SKUs only. */
  recomputeAfterImportMs: number
  ratioAfterImport: number
  /** What the app runs after a stock movement: the movement itself and the warm recompute it triggers. */
  stockMoveMs: number
  ratioFull: number
  ratioCold: number
  ratioStockMove: number
  alertsMs: number
  alertsMaxMs: number
  triagePageMs: number
  shortOrders: number
  wait: number
  substitute: number
  cancel: number
}

const NOW = Date.parse('2026-11-26T02:00:00.000Z')
const HOUR = 3_600_000
const DAY = 24 * HOUR
const iso = (ms: number) => new Date(ms).toISOString()

/** Small deterministic generator (mulberry32): the same shop every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Value = string | number | null

function inserter(db: Db, table: string, columns: string[], perStatement = 200) {
  const one = `(${columns.map(() => '?').join(',')})`
  const full = db.prepare(`INSERT INTO ${table} (${columns.join(',')}) VALUES ${Array(perStatement).fill(one).join(',')}`)
  const buf: Value[] = []
  return {
    push(...values: Value[]) {
      buf.push(...values)
      if (buf.length >= perStatement * columns.length) {
        full.run(buf)
        buf.length = 0
      }
    },
    flush() {
      const rows = buf.length / columns.length
      if (rows) db.prepare(`INSERT INTO ${table} (${columns.join(',')}) VALUES ${Array(rows).fill(one).join(',')}`).run(buf)
      buf.length = 0
    }
  }
}

/** Builds the shop straight in SQL (the import path has its own bench); the engine tables start empty. */
export function buildShop(db: Db, openLineTarget: number, skus: number): { openOrders: number; historyLines: number; movements: number } {
  const r = rng(4)
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1))
  const popularity = Array.from({ length: skus }, () => 0.2 + r() ** 3 * 20)
  const total = popularity.reduce((a, b) => a + b, 0)
  const cumulative: number[] = []
  popularity.reduce((acc, p, i) => (cumulative[i] = acc + p / total), 0)
  const pick = (): number => {
    const x = r()
    let lo = 0
    let hi = skus - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid]! < x) lo = mid + 1
      else hi = mid
    }
    return lo + 1
  }
  let stats = { openOrders: 0, historyLines: 0, movements: 0 }
  // Orders and lines are buffered separately, so a line may reach the table before its order: keys are checked at the end instead.
  db.pragma('foreign_keys = OFF')
  db.transaction(() => {
    const suppliers = inserter(db, 'suppliers', ['id', 'name', 'lead_time_days', 'created_at'])
    for (let s = 1; s <= 50; s++) suppliers.push(s, `供应商 ${s}`, int(3, 15), iso(NOW - 90 * DAY))
    suppliers.flush()
    const products = inserter(db, 'products', ['id', 'merchant_code', 'name', 'unit_cost_fen', 'safety_stock', 'supplier_id', 'created_at', 'updated_at'])
    for (let p = 1; p <= skus; p++) products.push(p, `SKU-${String(p).padStart(5, '0')}`, `商品 ${p}`, int(300, 5000), int(0, 5), 1 + (p % 50), iso(NOW - 90 * DAY), iso(NOW - 90 * DAY))
    products.flush()
    const subs = inserter(db, 'product_substitutes', ['product_id', 'substitute_id', 'rank'])
    for (let p = 1; p + 1 <= skus; p += 5) {
      subs.push(p, p + 1, 0)
      subs.push(p + 1, p, 0)
    }
    subs.flush()

    const orders = inserter(db, 'orders', ['id', 'platform', 'order_no', 'status', 'paid_fen', 'paid_at', 'promised_ship_at', 'shipped_at', 'created_at', 'updated_at'])
    const lines = inserter(db, 'order_lines', ['order_id', 'line_no', 'merchant_code', 'quantity', 'amount_fen', 'product_id'])
    const openUnits = new Int32Array(skus + 1)
    const shippedUnits = new Int32Array(skus + 1)
    const moves: [number, number, number][] = []
    let id = 0
    const addOrder = (open: boolean, paidMs: number, lineCount: number): number => {
      id++
      const platform = r() < 0.7 ? 'pdd' : r() < 0.5 ? 'taobao' : 'douyin'
      const promised = r() < 0.9 ? iso(paidMs + 48 * HOUR) : null
      const shipped = open ? null : paidMs + int(2, 40) * HOUR
      orders.push(id, platform, `${platform}-${id}`, open ? 'awaiting_shipment' : 'shipped', int(990, 30_000), iso(paidMs), promised, shipped === null ? null : iso(shipped), iso(paidMs), iso(paidMs))
      const used = new Set<number>()
      for (let l = 1; l <= lineCount; l++) {
        let p = pick()
        while (used.has(p)) p = pick()
        used.add(p)
        const q = r() < 0.85 ? 1 : int(2, 3)
        lines.push(id, l, `SKU-${String(p).padStart(5, '0')}`, q, 1990 * q, p)
        if (open) openUnits[p]! += q
        else {
          shippedUnits[p]! += q
          moves.push([p, -q, shipped!])
        }
      }
      return lineCount
    }
    const lineCount = () => (r() < 0.85 ? 1 : r() < 0.8 ? 2 : 3)
    // Four weeks of shipped history (demand), then the open orders of the last two days.
    const historyTarget = openLineTarget / 2
    while (stats.historyLines < historyTarget) stats.historyLines += addOrder(false, NOW - 30 * DAY + r() * 28 * DAY, lineCount())
    let open = 0
    while (open < openLineTarget) {
      const n = Math.min(lineCount(), openLineTarget - open)
      open += addOrder(true, NOW - r() * 60 * HOUR, n)
      stats.openOrders++
    }
    orders.flush()
    lines.flush()

    // The ledger: a first delivery covering the history, the shipments, then the stock left today
    // at 60–130% of open demand, so some SKUs are short. Each movement updates on_hand through the trigger.
    const ledger = inserter(db, 'stock_movements', ['product_id', 'type', 'quantity', 'reason', 'created_at'])
    for (let p = 1; p <= skus; p++) {
      const left = Math.round(openUnits[p]! * (0.6 + r() * 0.7)) + (r() < 0.3 ? int(0, 5) : 0)
      const first = shippedUnits[p]! + left
      if (first > 0) ledger.push(p, 'receive', first, '期初', iso(NOW - 31 * DAY))
    }
    moves.sort((a, b) => a[2] - b[2])
    for (const [p, q, at] of moves) if (at < NOW) ledger.push(p, 'ship', q, '订单发货', iso(at))
    ledger.flush()
    const moved = db.prepare('SELECT COUNT(*) AS n FROM stock_movements').get() as { n: number }
    stats = { ...stats, movements: moved.n }
    // Movements of shipments after NOW would be in the future: their orders count as shipped without one.

    const incoming = inserter(db, 'incoming_stock', ['product_id', 'supplier_id', 'quantity', 'ordered_at', 'expected_at', 'status', 'created_at'])
    for (let p = 1; p <= skus; p++) {
      if (r() < 0.3) incoming.push(p, 1 + (p % 50), int(5, 50), iso(NOW - 5 * DAY), iso(NOW + (r() * 12 - 2) * DAY), 'open', iso(NOW - 5 * DAY))
    }
    incoming.flush()
  })()
  db.pragma('foreign_keys = ON')
  if ((db.pragma('foreign_key_check') as unknown[]).length > 0) throw new Error('bench shop: dangling references')
  db.pragma('optimize')
  return stats
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

function timed(runs: number, f: () => void): number[] {
  const out: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    f()
    out.push(performance.now() - t0)
  }
  return out
}

export async function benchEngine(openLines = 200_000, skus = 20_000): Promise<EngineBench> {
  const dir = mkdtempSync(join(tmpdir(), 'stockout-engine-bench-'))
  try {
    const path = join(dir, 'shop.db')
    const db = openDatabase(path)
    const built = buildShop(db, openLines, skus)
    const ctx: CoreContext = { db, now: () => new Date(NOW), dbPath: path, appVersion: 'bench' }

    const reference = db.prepare(
      `SELECT l.product_id, SUM(l.quantity) FROM order_lines l JOIN orders o ON o.id = l.order_id
       WHERE o.status = 'awaiting_shipment' AND l.product_id IS NOT NULL GROUP BY l.product_id`
    )
    reference.raw().all()
    const referenceMs = median(timed(5, () => reference.raw().all()))

    recompute(ctx, { demand: true }) // warm-up: statements prepared, pages cached
    // Each run right after a run of the reference, the ratio taken pair by pair: on a shared machine
    // whose speed drifts by a third within a minute, a ratio of two medians taken apart drifts with it.
    const paired = (runs: number, f: () => void): { ms: number; ratio: number } => {
      const ms: number[] = []
      const ratios: number[] = []
      for (let i = 0; i < runs; i++) {
        const [ref] = timed(1, () => reference.raw().all())
        const [t] = timed(1, f)
        ms.push(t!)
        ratios.push(t! / ref!)
      }
      return { ms: median(ms), ratio: median(ratios) }
    }
    // From scratch: nothing kept from the previous recompute (as after an import by another connection, or in a fresh process).
    const scratch = (options: Parameters<typeof recompute>[1]) => () => {
      forgetWarm(db)
      recompute(ctx, options)
    }
    const full = paired(5, scratch({ demand: true }))
    const cold = paired(5, scratch({}))
    const touched = new Set(Array.from({ length: Math.ceil(skus / 100) }, (_, i) => 1 + ((i * 97) % skus)))
    const afterImport = paired(5, scratch({ demand: { products: touched } }))
    // The periodic refresh with no order changed since: orders loaded afresh, only changed rows written.
    recompute(ctx)
    const refresh = paired(5, () => recompute(ctx))

    const handlers = createHandlers(ctx)
    const alertTimes: number[] = []
    for (let i = 0; i < 21; i++) {
      const t0 = performance.now()
      const r = await dispatch(handlers, 'engine.alerts', {})
      alertTimes.push(performance.now() - t0)
      if (!r.ok) throw new Error(`engine.alerts failed: ${JSON.stringify(r.error)}`)
    }
    const moveTimes: number[] = []
    for (let i = 1; i <= 5; i++) {
      const t0 = performance.now()
      const r = await dispatch(handlers, 'stock.move', { productId: i * 97, type: 'receive', quantity: 3 })
      moveTimes.push(performance.now() - t0)
      if (!r.ok) throw new Error(`stock.move failed: ${JSON.stringify(r.error)}`)
    }
    const stockMoveMs = median(moveTimes.slice(1))
    const triageTimes: number[] = []
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now()
      await dispatch(handlers, 'engine.triage', { state: 'short', limit: 200 })
      triageTimes.push(performance.now() - t0)
    }
    const s = db.prepare('SELECT * FROM engine_state').get() as Record<string, number>
    closeDatabase(db)
    return {
      openLines,
      openOrders: built.openOrders,
      skus,
      historyLines: built.historyLines,
      movements: built.movements,
      referenceMs,
      recomputeFullMs: full.ms,
      recomputeColdMs: cold.ms,
      stockMoveMs,
      recomputeAfterImportMs: afterImport.ms,
      recomputeRefreshMs: refresh.ms,
      ratioRefresh: refresh.ratio,
      ratioAfterImport: afterImport.ratio,
      ratioFull: full.ratio,
      ratioCold: cold.ratio,
      ratioStockMove: stockMoveMs / referenceMs,
      alertsMs: median(alertTimes.slice(1)),
      alertsMaxMs: Math.max(...alertTimes.slice(1)),
      triagePageMs: median(triageTimes),
      shortOrders: s.short_orders!,
      wait: s.wait_orders!,
      substitute: s.substitute_orders!,
      cancel: s.cancel_orders!
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d })
const goal = (value: number, max: number, unit = '') => (value <= max ? `ok (goal ≤ ${max}${unit})` : `OVER GOAL (≤ ${max}${unit})`)

/** Runs the engine bench and prints it the way bench/index.ts prints the import bench. */
export async function reportEngineBench(): Promise<void> {
  const lines = Number(process.env.BENCH_ENGINE_LINES ?? 200_000)
  const skus = Number(process.env.BENCH_ENGINE_SKUS ?? 20_000)
  console.log(`engine: building a shop with ${fmt(lines)} open order lines over ${fmt(skus)} SKUs …`)
  const b = await benchEngine(lines, skus)
  console.log(
    `engine: ${fmt(b.openOrders)} open orders (${fmt(b.shortOrders)} short: wait ${fmt(b.wait)}, substitute ${fmt(b.substitute)}, cancel ${fmt(b.cancel)}), ${fmt(b.historyLines)} shipped lines of history, ${fmt(b.movements)} ledger movements`
  )
  console.log(`  SELECT open demand per SKU (reference)     ${fmt(b.referenceMs)} ms`)
  console.log(`  recompute from scratch                     ${fmt(b.recomputeColdMs)} ms  ratio ${fmt(b.ratioCold, 2)}  ${goal(b.ratioCold, 3)}`)
  console.log(`  … with the 4-week demand recount           ${fmt(b.recomputeFullMs)} ms  ratio ${fmt(b.ratioFull, 2)}  ${goal(b.ratioFull, 5)}  (after imports, mapping changes, and once a day)`)
  console.log(`  … after an import touching 1% of SKUs     ${fmt(b.recomputeAfterImportMs)} ms  ratio ${fmt(b.ratioAfterImport, 2)}  ${goal(b.ratioAfterImport, 5)}  (demand recounted for the touched SKUs only)`)
  console.log(`  … periodic refresh, no order changed       ${fmt(b.recomputeRefreshMs)} ms  ratio ${fmt(b.ratioRefresh, 2)}  (orders loaded afresh, only changed rows written)`)
  console.log(`  stock movement + the recompute it triggers ${fmt(b.stockMoveMs)} ms  ratio ${fmt(b.ratioStockMove, 2)}  ${goal(b.ratioStockMove, 5)}`)
  console.log(`  Alerts screen data (engine.alerts)         ${fmt(b.alertsMs, 1)} ms (max ${fmt(b.alertsMaxMs, 1)})  ${goal(b.alertsMs, 50, ' ms')}`)
  console.log(`  short-order queue page (engine.triage)     ${fmt(b.triagePageMs, 1)} ms`)
  console.log(JSON.stringify({ engine: b }))
}

// Allocation: who gets the stock on hand.
//
// Priority: open orders are served in order of deadline (earliest first), then
// paid time, then order number (then platform and id, so ties never depend on
// how rows happen to come out of the database).
//
// WHOLE-ORDER POLICY: an order takes stock only when every one of its lines can
// be covered; an order that cannot complete takes nothing, so its units stay free
// for later orders that can complete. Stock is never tied up in an order that
// cannot ship when it could ship another. Consequences, proven by the tests:
//  - never more is allocated than is on hand;
//  - no later order is ready while an earlier short order could have completed
//    with the stock the later one took (plus whatever is left over);
//  - adding stock can turn a ready order short, but only because an earlier order
//    now completes and takes priority: the first order (in priority) whose state
//    changes always goes from short to ready. With one unit of one SKU per order
//    (the usual Pinduoduo order) a ready order never turns short.
// Orders with a line whose merchant code maps to no SKU are UNMAPPED: they take no
// stock (we do not know what they need) and are never reported ready or short.
//
// Orders are held as columns (typed arrays indexed by order) rather than one
// object per order: a big shop has 200,000 open lines, and objects would cost more
// to build than the allocation itself.
import type { OrderState } from '../../../shared/engine-types'
import type { Platform } from '../../../shared/types'
import { deadlineMs as deadlineOf } from './deadlines'
import { msOrInfinity } from './time'

export interface EngineLine {
  productId: number | null
  quantity: number
  merchantCode: string
}

/** One open order, as tests and small callers write it. */
export interface EngineOrder {
  id: number
  platform: Platform
  orderNo: string
  paidAt: string | null
  promisedShipAt: string | null
  paidFen: number
  /** Pre-sale: ships by its own date; without a promised time it has no deadline (never the default window). */
  presale?: boolean
  lines: EngineLine[]
}

/** Open orders as columns: order i's lines are lineStart[i] … lineStart[i + 1] − 1. */
export interface OpenOrders {
  count: number
  id: Float64Array
  platform: Platform[]
  /**
   * The order numbers of the orders at these indices. The queue order needs them only between orders
   * that tie on deadline and paid time, so the loader reads them on demand: 170,000 order numbers
   * were a third of the time it took to load a big shop's open orders.
   */
  orderNo: (indices: readonly number[]) => string[]
  paidAt: (string | null)[]
  promisedShipAt: (string | null)[]
  /** 1 for a pre-sale order. */
  presale: Uint8Array
  paidFen: Float64Array
  /** The order's shop (issue #16), whose rule may differ from its platform's; 0 or absent: none. */
  shopId?: Int32Array
  lineStart: Int32Array
  /** Product id of each line; 0 when its merchant code maps to no SKU. */
  linePid: Int32Array
  lineQty: Int32Array
  /** Merchant code of each line that maps to no SKU ('' for mapped lines). */
  lineCode: string[]
  /** Paid times in ms (+Infinity when none), read once from paidAt by paidTimes(). */
  paidMs?: Float64Array
}

/** Each order's paid time in ms, parsed once per loaded orders (the demand count and the queue order both need it). */
export function paidTimes(o: OpenOrders): Float64Array {
  if (o.paidMs?.length === o.count) return o.paidMs
  const out = new Float64Array(o.count)
  for (let i = 0; i < o.count; i++) out[i] = msOrInfinity(o.paidAt[i]!)
  o.paidMs = out
  return out
}

export function openOrdersFrom(list: readonly EngineOrder[]): OpenOrders {
  const lines = list.reduce((n, o) => n + o.lines.length, 0)
  const o: OpenOrders = {
    count: list.length,
    id: new Float64Array(list.length),
    platform: [],
    orderNo: (indices) => indices.map((i) => list[i]!.orderNo),
    paidAt: [],
    promisedShipAt: [],
    presale: new Uint8Array(list.length),
    paidFen: new Float64Array(list.length),
    lineStart: new Int32Array(list.length + 1),
    linePid: new Int32Array(lines),
    lineQty: new Int32Array(lines),
    lineCode: []
  }
  let j = 0
  list.forEach((order, i) => {
    o.id[i] = order.id
    o.platform.push(order.platform)
    o.paidAt.push(order.paidAt)
    o.promisedShipAt.push(order.promisedShipAt)
    o.paidFen[i] = order.paidFen
    o.presale[i] = order.presale ? 1 : 0
    o.lineStart[i] = j
    for (const l of order.lines) {
      o.linePid[j] = l.productId ?? 0
      o.lineQty[j] = l.quantity
      o.lineCode[j] = l.productId === null ? l.merchantCode : ''
      j++
    }
  })
  o.lineStart[list.length] = j
  return o
}

export interface Priority {
  /** Order indices, served first to last. */
  order: Int32Array
  /** 1-based position of each order (by order index). */
  rank: Int32Array
  /** Deadline of each order in ms; Infinity when it has none, so it sorts last. */
  deadlineMs: Float64Array
  /** 0 promised, 1 paid time + window, 2 none. */
  deadlineSource: Uint8Array
  paidMs: Float64Array
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Deadline of every order (see deadlines.ts) and the priority order: deadline,
 * paid time, order number, platform, id.
 */
export function prioritize(o: OpenOrders, shipWindowHours: (p: Platform, shopId?: number) => number): Priority {
  const n = o.count
  const deadlineMs = new Float64Array(n)
  const deadlineSource = new Uint8Array(n)
  const paidMs = Float64Array.from(paidTimes(o))
  // By shop, then platform: a number key, not a string built per order (170,000 of them).
  const windows = new Map<number, Map<Platform, number>>()
  for (let i = 0; i < n; i++) {
    const paid = paidMs[i]!
    const promised = msOrInfinity(o.promisedShipAt[i]!)
    const p = o.platform[i]!
    const shop = o.shopId?.[i] ?? 0
    let byPlatform = windows.get(shop)
    if (!byPlatform) windows.set(shop, (byPlatform = new Map()))
    let hours = byPlatform.get(p)
    if (hours === undefined) byPlatform.set(p, (hours = shipWindowHours(p, shop || undefined)))
    // A pre-sale order ships by its own date: the ordinary window would invent a deadline.
    const presale = o.presale[i] === 1 && promised === Infinity
    deadlineMs[i] = presale ? Infinity : deadlineOf(promised, paid, hours)
    deadlineSource[i] = promised !== Infinity ? 0 : paid !== Infinity && !presale ? 1 : 2
  }
  const order = Array.from({ length: n }, (_, i) => i)
  // Infinity − Infinity is NaN, which is falsy: undated orders fall through to the next key. The sort is
  // stable, so orders that tie on both keys stay in index order until breakTies orders them.
  order.sort((a, b) => deadlineMs[a]! - deadlineMs[b]! || paidMs[a]! - paidMs[b]!)
  breakTies(o, order, deadlineMs, paidMs)
  const rank = new Int32Array(n)
  order.forEach((i, k) => (rank[i] = k + 1))
  return { order: Int32Array.from(order), rank, deadlineMs, deadlineSource, paidMs }
}

/**
 * Orders with the same deadline and paid time go by order number, platform, id. Their order
 * numbers are read in one call, for the tied orders only.
 */
function breakTies(o: OpenOrders, order: number[], deadlineMs: Float64Array, paidMs: Float64Array): void {
  const runs: [number, number][] = []
  const tied: number[] = []
  for (let s = 0; s < order.length; ) {
    let e = s + 1
    const first = order[s]!
    while (e < order.length && deadlineMs[order[e]!] === deadlineMs[first] && paidMs[order[e]!] === paidMs[first]) e++
    if (e - s > 1) {
      runs.push([s, e])
      for (let k = s; k < e; k++) tied.push(order[k]!)
    }
    s = e
  }
  if (tied.length === 0) return
  const numbers = o.orderNo(tied)
  const noOf = new Map<number, string>()
  tied.forEach((i, k) => noOf.set(i, numbers[k]!))
  for (const [s, e] of runs) {
    const run = order.slice(s, e)
    run.sort((a, b) => compareText(noOf.get(a)!, noOf.get(b)!) || compareText(o.platform[a]!, o.platform[b]!) || o.id[a]! - o.id[b]!)
    for (let k = s; k < e; k++) order[k] = run[k - s]!
  }
}

export const READY = 0
export const SHORT = 1
export const UNMAPPED = 2
export const STATES: readonly OrderState[] = ['ready', 'short', 'unmapped']

export interface Allocation {
  /** Index into STATES, per order index. */
  state: Uint8Array
  /** Units allocated per product id. */
  allocated: Int32Array
  /** For short orders: the SKUs whose remaining stock could not cover them at their turn. */
  lacking: Map<number, number[]>
}

/**
 * Serves the orders in `order` from `stock` (units on hand per product id), which
 * is reduced in place to what is left free. Each order's lines are taken
 * tentatively and given back if any SKU goes below zero, which also handles an
 * order with two lines of the same SKU.
 */
export function allocate(o: OpenOrders, order: Int32Array, stock: Int32Array): Allocation {
  const state = new Uint8Array(o.count)
  const allocated = new Int32Array(stock.length)
  const lacking = new Map<number, number[]>()
  const { lineStart, linePid, lineQty } = o
  for (const i of order) {
    const start = lineStart[i]!
    const end = lineStart[i + 1]!
    let unmapped = false
    for (let j = start; j < end && !unmapped; j++) unmapped = linePid[j] === 0
    if (unmapped) {
      state[i] = UNMAPPED
      continue
    }
    let short: number[] | null = null
    for (let j = start; j < end; j++) {
      const p = linePid[j]!
      if (p >= stock.length) (short ??= []).push(p)
      else stock[p]! -= lineQty[j]!
    }
    for (let j = start; j < end; j++) {
      const p = linePid[j]!
      if (p < stock.length && stock[p]! < 0 && !(short ??= []).includes(p)) short.push(p)
    }
    if (short) {
      for (let j = start; j < end; j++) if (linePid[j]! < stock.length) stock[linePid[j]!]! += lineQty[j]!
      state[i] = SHORT
      lacking.set(
        i,
        short.sort((a, b) => a - b)
      )
      continue
    }
    state[i] = READY
    for (let j = start; j < end; j++) allocated[linePid[j]!]! += lineQty[j]!
  }
  return { state, allocated, lacking }
}

/** Units needed per SKU by order i (lines of one SKU merged), SKUs ascending. */
export function needsOf(o: OpenOrders, i: number): { pids: number[]; qtys: number[] } {
  const start = o.lineStart[i]!
  const end = o.lineStart[i + 1]!
  if (end - start === 1) return { pids: [o.linePid[start]!], qtys: [o.lineQty[start]!] }
  const merged = new Map<number, number>()
  for (let j = start; j < end; j++) if (o.linePid[j]) merged.set(o.linePid[j]!, (merged.get(o.linePid[j]!) ?? 0) + o.lineQty[j]!)
  const pids = [...merged.keys()].sort((a, b) => a - b)
  return { pids, qtys: pids.map((p) => merged.get(p)!) }
}

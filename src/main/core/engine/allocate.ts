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
import type { DeadlineSource, OrderState } from '../../../shared/engine-types'
import type { Platform } from '../../../shared/types'
import { deadlineOf } from './deadlines'
import { msOrInfinity } from './time'

export interface EngineLine {
  productId: number | null
  quantity: number
  merchantCode: string
}

export interface EngineOrder {
  id: number
  platform: Platform
  orderNo: string
  paidAt: string | null
  promisedShipAt: string | null
  paidFen: number
  lines: EngineLine[]
}

/** An open order on its way through the engine. */
export interface Job {
  order: EngineOrder
  deadline: string | null
  deadlineMs: number
  deadlineSource: DeadlineSource
  paidMs: number
  /** Units needed per SKU (lines of the same SKU merged), SKUs ascending. */
  pids: number[]
  qtys: number[]
  unmappedCodes: string[]
  rank: number
  state: OrderState
  /** SKUs whose remaining stock could not cover this order at its turn. */
  lacking: number[]
}

function needsOf(lines: EngineLine[]): { pids: number[]; qtys: number[]; unmapped: string[] } {
  const line = lines[0]
  if (lines.length === 1 && line) {
    return line.productId === null
      ? { pids: [], qtys: [], unmapped: [line.merchantCode] }
      : { pids: [line.productId], qtys: [line.quantity], unmapped: [] }
  }
  const merged = new Map<number, number>()
  const unmapped: string[] = []
  for (const l of lines) {
    if (l.productId === null) {
      if (!unmapped.includes(l.merchantCode)) unmapped.push(l.merchantCode)
    } else merged.set(l.productId, (merged.get(l.productId) ?? 0) + l.quantity)
  }
  const pids = [...merged.keys()].sort((a, b) => a - b)
  return { pids, qtys: pids.map((p) => merged.get(p)!), unmapped }
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Priority order: deadline, paid time, order number, platform, id. */
export function comparePriority(a: Job, b: Job): number {
  return (
    a.deadlineMs - b.deadlineMs ||
    a.paidMs - b.paidMs ||
    compareText(a.order.orderNo, b.order.orderNo) ||
    compareText(a.order.platform, b.order.platform) ||
    a.order.id - b.order.id
  )
}

/** Builds the jobs with their deadlines and sorts them by priority; `rank` is 1-based. */
export function prioritize(orders: readonly EngineOrder[], shipWindowHours: (p: Platform) => number): Job[] {
  const jobs = orders.map((order): Job => {
    const d = deadlineOf(order.promisedShipAt, order.paidAt, shipWindowHours(order.platform))
    const needs = needsOf(order.lines)
    return {
      order,
      deadline: d.deadline,
      deadlineMs: d.ms,
      deadlineSource: d.source,
      paidMs: msOrInfinity(order.paidAt),
      pids: needs.pids,
      qtys: needs.qtys,
      unmappedCodes: needs.unmapped,
      rank: 0,
      state: 'ready',
      lacking: []
    }
  })
  // Infinity − Infinity is NaN, which is falsy: undated orders fall through to the next key.
  jobs.sort(comparePriority)
  jobs.forEach((j, i) => (j.rank = i + 1))
  return jobs
}

/**
 * Serves the jobs in their (priority) order from `stock`, which holds units on
 * hand per product id and is reduced in place to what is left free. Sets each
 * job's state and lacking SKUs; returns units allocated per product id.
 */
export function allocate(jobs: readonly Job[], stock: Int32Array): Int32Array {
  const allocated = new Int32Array(stock.length)
  for (const job of jobs) {
    if (job.unmappedCodes.length > 0) {
      job.state = 'unmapped'
      job.lacking = []
      continue
    }
    const { pids, qtys } = job
    let lacking: number[] | null = null
    for (let i = 0; i < pids.length; i++) {
      if ((stock[pids[i]!] ?? 0) < qtys[i]!) (lacking ??= []).push(pids[i]!)
    }
    if (lacking) {
      job.state = 'short'
      job.lacking = lacking
      continue
    }
    job.state = 'ready'
    job.lacking = []
    for (let i = 0; i < pids.length; i++) {
      stock[pids[i]!]! -= qtys[i]!
      allocated[pids[i]!]! += qtys[i]!
    }
  }
  return allocated
}

// One pass of the engine over data already loaded: deadlines and priority,
// whole-order allocation, recommendations for short orders, and per-SKU figures
// (available to promise, waiting and incoming units, demand, cover, reorder).
// Pure: no database, no clock, so tests and the what-if path share it.
import type { SkuPosition } from '../../../shared/engine-types'
import type { Platform } from '../../../shared/types'
import { allocate, needsOf, prioritize, SHORT, type Allocation, type OpenOrders, type Priority } from './allocate'
import type { DemandStats } from './demand'
import type { SkuInfo } from './load'
import { penaltyFen } from './penalty'
import { recommend, type Action, type Delivery, type ShortOrder } from './recommend'
import { reorderFigures, type ReorderFigures } from './reorder'
import type { ActiveRule } from './rules'
import { DAY_MS, iso } from './time'
import type { Prioritized } from './cache'

export interface EngineInput {
  nowMs: number
  orders: OpenOrders
  skus: SkuInfo
  substitutes: ReadonlyMap<number, readonly number[]>
  deliveries: readonly Delivery[]
  rule: (platform: Platform, shopId?: number) => ActiveRule
  demand: ReadonlyMap<number, DemandStats>
  /** σ of actual lead times per supplier id. */
  leadSigma: ReadonlyMap<number, number | null>
  z: number
  windowDays: number
  /** Deadlines and queue order from a previous pass over the same orders with the same ship windows. */
  prioritized?: Prioritized
}

/** A SKU's figures as the engine stores them (engine_skus); the counts are those a stock position shows. */
export interface SkuResult extends Pick<
  SkuPosition,
  | 'productId'
  | 'onHand'
  | 'allocated'
  | 'available'
  | 'openUnits'
  | 'openOrders'
  | 'waitingUnits'
  | 'waitingOrders'
  | 'lackingUnits'
  | 'lackingOrders'
  | 'incomingUnits'
  | 'nextIncomingAt'
> {
  overdueUnits: number
  demand: DemandStats | null
  leadTimeDays: number
  leadSigma: number | null
  figures: ReorderFigures
  runOutAt: string | null
}

export interface EngineResult {
  orders: OpenOrders
  priority: Priority
  allocation: Allocation
  /** Deadline of each order as UTC ISO text (by order index). */
  deadline: (string | null)[]
  lateFen: Float64Array
  stockoutFen: Float64Array
  /** Short orders in priority order, each with what to do. */
  actions: Map<ShortOrder, Action>
  skus: SkuResult[]
}

/** The stored text of a deadline: the export's own when it is canonical ISO, else formatted from its instant. */
function deadlineText(o: OpenOrders, p: Priority, i: number): string | null {
  if (p.deadlineSource[i] === 2) return null
  const promised = o.promisedShipAt[i]
  if (p.deadlineSource[i] === 0 && promised && promised.length === 24 && promised.endsWith('Z')) return promised
  return iso(p.deadlineMs[i]!)
}

/** Deadlines (in ms for ordering, as text for storing) and the queue order. */
export function prioritizeOrders(o: OpenOrders, rule: (platform: Platform, shopId?: number) => ActiveRule): Prioritized {
  const priority = prioritize(o, (p, shop) => rule(p, shop).shipWindowHours)
  const deadline: (string | null)[] = new Array<string | null>(o.count)
  for (let i = 0; i < o.count; i++) deadline[i] = deadlineText(o, priority, i)
  return { priority, deadline }
}

export function computeEngine(input: EngineInput): EngineResult {
  const { skus, orders: o } = input
  const { priority, deadline } = input.prioritized ?? prioritizeOrders(o, input.rule)
  const free = Int32Array.from(skus.onHand)
  const allocation = allocate(o, priority.order, free)

  const lateFen = new Float64Array(o.count)
  const stockoutFen = new Float64Array(o.count)
  for (let i = 0; i < o.count; i++) {
    const rule = input.rule(o.platform[i]!, o.shopId?.[i] || undefined)
    lateFen[i] = penaltyFen(rule.late, o.paidFen[i]!)
    stockoutFen[i] = penaltyFen(rule.stockout, o.paidFen[i]!)
  }

  const shortOrders: ShortOrder[] = []
  for (const i of priority.order) {
    if (allocation.state[i] !== SHORT) continue
    shortOrders.push({
      index: i,
      deadline: deadline[i]!,
      deadlineMs: priority.deadlineMs[i]!,
      ...needsOf(o, i),
      lacking: allocation.lacking.get(i) ?? [],
      lateFen: lateFen[i]!
    })
  }
  const actions = recommend(shortOrders, {
    nowMs: input.nowMs,
    free,
    deliveries: input.deliveries,
    substitutes: input.substitutes,
    code: (pid) => skus.code[pid] ?? String(pid)
  })

  const n = skus.maxId + 1
  const openUnits = new Int32Array(n)
  const openOrders = new Int32Array(n)
  const waitingUnits = new Int32Array(n)
  const waitingOrders = new Int32Array(n)
  const lackingUnits = new Int32Array(n)
  const lackingOrders = new Int32Array(n)
  for (let i = 0; i < o.count; i++) {
    const short = allocation.state[i] === SHORT
    const lacking = short ? allocation.lacking.get(i) : undefined
    for (let j = o.lineStart[i]!; j < o.lineStart[i + 1]!; j++) {
      const pid = o.linePid[j]!
      if (pid === 0 || pid >= n) continue
      const q = o.lineQty[j]!
      openUnits[pid]! += q
      // Counted once per order even when two lines carry the SKU.
      const firstLine = o.linePid.indexOf(pid, o.lineStart[i]) === j
      if (firstLine) openOrders[pid]! += 1
      if (!short) continue
      waitingUnits[pid]! += q
      if (firstLine) waitingOrders[pid]! += 1
      if (lacking?.includes(pid)) {
        lackingUnits[pid]! += q
        if (firstLine) lackingOrders[pid]! += 1
      }
    }
  }

  const incomingUnits = new Int32Array(n)
  const overdueUnits = new Int32Array(n)
  const nextIncoming: (Delivery | undefined)[] = []
  for (const d of input.deliveries) {
    if (d.productId >= n) continue
    incomingUnits[d.productId]! += d.quantity
    if (d.expectedMs < input.nowMs) overdueUnits[d.productId]! += d.quantity
    else {
      const seen = nextIncoming[d.productId]
      if (!seen || d.expectedMs < seen.expectedMs) nextIncoming[d.productId] = d
    }
  }

  const result: SkuResult[] = skus.ids.map((pid) => {
    const onHand = skus.onHand[pid]!
    const available = free[pid]!
    const demand = input.demand.get(pid) ?? null
    const supplier = skus.supplierId[pid] ?? null
    const leadSigma = supplier === null ? null : (input.leadSigma.get(supplier) ?? null)
    const leadTimeDays = skus.leadTimeDays[pid]!
    const figures = reorderFigures({
      avgDaily: demand?.avgDaily ?? null,
      sigmaDaily: demand?.sigmaDaily ?? null,
      inStockDays: demand?.inStockDays ?? 0,
      windowDays: input.windowDays,
      demandUnits: demand?.units ?? 0,
      leadTimeDays,
      leadTimeSigma: leadSigma,
      z: input.z,
      configuredSafety: skus.safety[pid]!,
      available,
      incoming: incomingUnits[pid]!,
      waitingUnits: waitingUnits[pid]!
    })
    const next = nextIncoming[pid]
    return {
      productId: pid,
      onHand,
      allocated: allocation.allocated[pid]!,
      available,
      openUnits: openUnits[pid]!,
      openOrders: openOrders[pid]!,
      waitingUnits: waitingUnits[pid]!,
      waitingOrders: waitingOrders[pid]!,
      lackingUnits: lackingUnits[pid]!,
      lackingOrders: lackingOrders[pid]!,
      incomingUnits: incomingUnits[pid]!,
      nextIncomingAt: next ? next.expectedAt : null,
      overdueUnits: overdueUnits[pid]!,
      demand,
      leadTimeDays,
      leadSigma,
      figures,
      runOutAt: runOutAt(input.nowMs, figures.daysOfCover, leadTimeDays, lackingOrders[pid]! > 0, next)
    }
  })
  return { orders: o, priority, allocation, deadline, lateFen, stockoutFen, actions, skus: result }
}

/**
 * When a SKU will run out before restock can arrive: its days of cover are below
 * its lead time (an order placed now comes too late) and no delivery already on
 * its way arrives before the stock is gone. SKUs already short of waiting orders
 * are reported as out of stock instead.
 */
function runOutAt(nowMs: number, cover: number | null, leadTimeDays: number, lacking: boolean, next: Delivery | undefined): string | null {
  if (cover === null || lacking || cover >= leadTimeDays) return null
  const outMs = nowMs + cover * DAY_MS
  if (next && next.expectedMs <= outMs) return null
  return iso(Math.round(outMs))
}

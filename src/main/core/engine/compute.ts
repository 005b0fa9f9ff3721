// One pass of the engine over data already loaded: deadlines and priority,
// whole-order allocation, recommendations for short orders, and per-SKU figures
// (available to promise, waiting and incoming units, demand, cover, reorder).
// Pure: no database, no clock, so tests and the what-if path share it.
import type { Platform } from '../../../shared/types'
import { allocate, prioritize, type EngineOrder, type Job } from './allocate'
import type { DemandStats } from './demand'
import type { SkuInfo } from './load'
import { penaltyFen } from './penalty'
import { recommend, type Action, type Delivery } from './recommend'
import { reorderFigures, type ReorderFigures } from './reorder'
import type { ActiveRule } from './rules'
import { DAY_MS, iso } from './time'

export interface EngineInput {
  nowMs: number
  orders: readonly EngineOrder[]
  skus: SkuInfo
  substitutes: ReadonlyMap<number, readonly number[]>
  deliveries: readonly Delivery[]
  rule: (platform: Platform) => ActiveRule
  demand: ReadonlyMap<number, DemandStats>
  /** σ of actual lead times per supplier id. */
  leadSigma: ReadonlyMap<number, number | null>
  z: number
  windowDays: number
}

export interface SkuResult {
  productId: number
  onHand: number
  allocated: number
  available: number
  openUnits: number
  openOrders: number
  waitingUnits: number
  waitingOrders: number
  lackingUnits: number
  lackingOrders: number
  incomingUnits: number
  nextIncomingAt: string | null
  overdueUnits: number
  demand: DemandStats | null
  leadTimeDays: number
  leadSigma: number | null
  figures: ReorderFigures
  runOutAt: string | null
}

export interface EngineResult {
  /** Every open order in priority order, with its state. */
  jobs: Job[]
  lateFen: Map<Job, number>
  stockoutFen: Map<Job, number>
  actions: Map<Job, Action>
  skus: SkuResult[]
}

export function computeEngine(input: EngineInput): EngineResult {
  const { skus } = input
  const jobs = prioritize(input.orders, (p) => input.rule(p).shipWindowHours)
  const free = Int32Array.from(skus.onHand)
  const allocated = allocate(jobs, free)

  const lateFen = new Map<Job, number>()
  const stockoutFen = new Map<Job, number>()
  for (const j of jobs) {
    const rule = input.rule(j.order.platform)
    lateFen.set(j, penaltyFen(rule.late, j.order.paidFen))
    stockoutFen.set(j, penaltyFen(rule.stockout, j.order.paidFen))
  }

  const shortJobs = jobs.filter((j) => j.state === 'short')
  const actions = recommend(shortJobs, {
    nowMs: input.nowMs,
    free,
    deliveries: input.deliveries,
    substitutes: input.substitutes,
    code: (pid) => skus.code[pid] ?? String(pid),
    lateFen: (j) => lateFen.get(j) ?? 0
  })

  const n = skus.maxId + 1
  const openUnits = new Int32Array(n)
  const openOrders = new Int32Array(n)
  const waitingUnits = new Int32Array(n)
  const waitingOrders = new Int32Array(n)
  const lackingUnits = new Int32Array(n)
  const lackingOrders = new Int32Array(n)
  for (const j of jobs) {
    for (let i = 0; i < j.pids.length; i++) {
      const pid = j.pids[i]!
      const q = j.qtys[i]!
      openUnits[pid]! += q
      openOrders[pid]! += 1
      if (j.state !== 'short') continue
      waitingUnits[pid]! += q
      waitingOrders[pid]! += 1
      if (j.lacking.includes(pid)) {
        lackingUnits[pid]! += q
        lackingOrders[pid]! += 1
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
    const available = onHand - allocated[pid]!
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
      allocated: allocated[pid]!,
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
  return { jobs, lateFen, stockoutFen, actions, skus: result }
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

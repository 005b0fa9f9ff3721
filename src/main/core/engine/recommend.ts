// What to do about each short order, with the facts behind it.
//
// Short orders are considered in priority order, and each one that is told to
// wait or substitute claims the units it will use, so two orders are never
// promised the same unit. For every SKU the supply is a stream: first the units
// left free after allocation, then open deliveries in order of expected arrival.
// A delivery already past its expected arrival is not relied on (the supplier is
// late and nobody knows when it will come); it is named in the reason instead.
//
//   WAIT        restock completes the order by its deadline (or it has none);
//   SUBSTITUTE  otherwise, when each SKU it lacks has a substitute (set on the
//               product, in rank order) with enough free units for the whole line;
//   WAIT        otherwise, when restock completes it at most SHORT_DELAY_HOURS
//               after the deadline and the late compensation is at most
//               SMALL_PENALTY_FEN: ask the buyer to accept a short delay;
//   CANCEL      otherwise: notify the buyer and cancel now rather than pay the
//               late penalty (or have the order cancelled on you later).
// Faking shipment (uploading a tracking number before a carrier has the parcel)
// is never an option: the platforms fine it and it only delays the same outcome.
import type { EngineMessage, Recommendation } from '../../../shared/engine-types'
import { HOUR_MS } from './time'

export const SHORT_DELAY_HOURS = 48
export const SMALL_PENALTY_FEN = 500

export interface Delivery {
  id: number
  productId: number
  quantity: number
  expectedAt: string
  expectedMs: number
}

/** A short order as the recommendation needs it. */
export interface ShortOrder {
  /** Index of the order in the engine's columns. */
  index: number
  deadline: string | null
  /** Infinity without a deadline. */
  deadlineMs: number
  /** Units needed per SKU, SKUs ascending. */
  pids: number[]
  qtys: number[]
  /** SKUs whose remaining stock could not cover it at its turn. */
  lacking: number[]
  lateFen: number
}

export interface Action {
  recommendation: Recommendation
  reason: EngineMessage
  /** The SKU the reason names. */
  productId: number
  substituteId: number | null
  readyAt: string | null
}

interface Supply {
  free: number
  /** Deliveries due now or later, earliest first. */
  deliveries: Delivery[]
  /** Deliveries already past their expected arrival, earliest first. */
  overdue: Delivery[]
  /** Units of this stream promised to earlier orders. */
  claimed: number
}

export interface RecommendInput {
  nowMs: number
  /** Units free per product id after allocation. */
  free: Int32Array
  /** Open deliveries, any order. */
  deliveries: readonly Delivery[]
  /** Substitute product ids per product, in the rank the merchant set. */
  substitutes: ReadonlyMap<number, readonly number[]>
  code: (productId: number) => string
}

/** Short orders must come in priority order. */
export function recommend(shortJobs: readonly ShortOrder[], input: RecommendInput): Map<ShortOrder, Action> {
  const supplies = new Map<number, Supply>()
  const byProduct = new Map<number, Delivery[]>()
  for (const d of input.deliveries) {
    const list = byProduct.get(d.productId)
    if (list) list.push(d)
    else byProduct.set(d.productId, [d])
  }
  const supply = (pid: number): Supply => {
    let s = supplies.get(pid)
    if (!s) {
      const all = (byProduct.get(pid) ?? []).slice().sort((a, b) => a.expectedMs - b.expectedMs || a.id - b.id)
      s = {
        free: input.free[pid] ?? 0,
        deliveries: all.filter((d) => d.expectedMs >= input.nowMs),
        overdue: all.filter((d) => d.expectedMs < input.nowMs),
        claimed: 0
      }
      supplies.set(pid, s)
    }
    return s
  }

  const actions = new Map<ShortOrder, Action>()
  for (const job of shortJobs) {
    const action = decide(job, supply, input)
    actions.set(job, action)
  }
  return actions
}

/** When the stream can give `need` more units after what is claimed: -Infinity from free stock, null never. */
function arrival(s: Supply, need: number): { ms: number; delivery: Delivery | null } | null {
  const target = s.claimed + need
  if (s.free >= target) return { ms: -Infinity, delivery: null }
  let cumulative = s.free
  for (const d of s.deliveries) {
    cumulative += d.quantity
    if (cumulative >= target) return { ms: d.expectedMs, delivery: d }
  }
  return null
}

function decide(job: ShortOrder, supply: (pid: number) => Supply, input: RecommendInput): Action {
  const { pids, qtys, lateFen } = job
  const deadlineAt = job.deadline

  // When would restock complete the whole order? The SKU arriving last (or never) is the one to name.
  let readyMs = -Infinity
  let binding: { pid: number; delivery: Delivery | null } | null = null
  let blocked: number | null = null
  for (let i = 0; i < pids.length; i++) {
    const pid = pids[i]!
    const a = arrival(supply(pid), qtys[i]!)
    if (a === null) {
      if (blocked === null || (!job.lacking.includes(blocked) && job.lacking.includes(pid))) blocked = pid
    } else if (a.ms > readyMs) {
      readyMs = a.ms
      binding = { pid, delivery: a.delivery }
    }
  }
  const claimAll = (): void => pids.forEach((pid, i) => (supply(pid).claimed += qtys[i]!))
  const restockAt = binding?.delivery?.expectedAt ?? null
  const named = blocked ?? binding?.pid ?? job.lacking[0] ?? pids[0]!
  const sku = input.code(named)

  if (blocked === null && (job.deadlineMs === Infinity || readyMs <= job.deadlineMs)) {
    claimAll()
    return {
      recommendation: 'wait',
      reason: deadlineAt
        ? { key: 'engine.reasons.wait_restock', params: { sku, restockAt, deadlineAt } }
        : { key: 'engine.reasons.wait_restock_no_deadline', params: { sku, restockAt } },
      productId: named,
      substituteId: null,
      readyAt: restockAt
    }
  }

  const substitution = findSubstitutes(job, supply, input)
  if (substitution) {
    const [from, to] = [...substitution.entries()][0]!
    const available = free(supply(to))
    for (let i = 0; i < pids.length; i++) {
      const swap = substitution.get(pids[i]!)
      supply(swap ?? pids[i]!).claimed += qtys[i]!
    }
    return {
      recommendation: 'substitute',
      reason: {
        key: 'engine.reasons.substitute',
        params: { sku: input.code(from), substituteSku: input.code(to), quantity: qtys[pids.indexOf(from)]!, available, deadlineAt }
      },
      productId: from,
      substituteId: to,
      readyAt: null
    }
  }

  const delayMs = readyMs - job.deadlineMs
  if (blocked === null && delayMs <= SHORT_DELAY_HOURS * HOUR_MS && lateFen <= SMALL_PENALTY_FEN) {
    claimAll()
    return {
      recommendation: 'wait',
      reason: {
        key: 'engine.reasons.wait_short_delay',
        params: { sku, restockAt, deadlineAt, delayHours: Math.ceil(delayMs / HOUR_MS), lateFen }
      },
      productId: named,
      substituteId: null,
      readyAt: restockAt
    }
  }

  return { recommendation: 'cancel', reason: cancelReason(job, named, blocked !== null, restockAt, supply(named), input, lateFen), productId: named, substituteId: null, readyAt: blocked === null ? restockAt : null }
}

const free = (s: Supply): number => Math.max(0, s.free - s.claimed)

/** A substitute for every SKU the order lacks now, or null. Substitutes must cover the whole line: the buyer gets the other variant, not a mix. */
function findSubstitutes(job: ShortOrder, supply: (pid: number) => Supply, input: RecommendInput): Map<number, number> | null {
  const { pids, qtys } = job
  const swaps = new Map<number, number>()
  // Units of each substitute this order would take, so one substitute is not promised twice within the order.
  const taking = new Map<number, number>()
  for (let i = 0; i < pids.length; i++) {
    const pid = pids[i]!
    const need = qtys[i]!
    const own = supply(pid)
    if (free(own) - (taking.get(pid) ?? 0) >= need) {
      taking.set(pid, (taking.get(pid) ?? 0) + need)
      continue
    }
    const candidate = (input.substitutes.get(pid) ?? []).find((sid) => {
      const alsoNeeded = pids.includes(sid) ? qtys[pids.indexOf(sid)]! : 0
      return sid !== pid && free(supply(sid)) - (taking.get(sid) ?? 0) - alsoNeeded >= need
    })
    if (candidate === undefined) return null
    swaps.set(pid, candidate)
    taking.set(candidate, (taking.get(candidate) ?? 0) + need)
  }
  return swaps.size > 0 ? swaps : null
}

function cancelReason(job: ShortOrder, pid: number, blocked: boolean, restockAt: string | null, s: Supply, input: RecommendInput, lateFen: number): EngineMessage {
  const sku = input.code(pid)
  const deadlineAt = job.deadline
  if (!blocked) return { key: 'engine.reasons.cancel_restock_late', params: { sku, restockAt, deadlineAt, lateFen } }
  const late = s.overdue[0]
  if (late) return { key: 'engine.reasons.cancel_restock_overdue', params: { sku, dueAt: late.expectedAt, deadlineAt, lateFen } }
  const last = s.deliveries[s.deliveries.length - 1]
  if (last) return { key: 'engine.reasons.cancel_restock_taken', params: { sku, restockAt: last.expectedAt, deadlineAt, lateFen } }
  return { key: 'engine.reasons.cancel_no_restock', params: { sku, deadlineAt, lateFen } }
}


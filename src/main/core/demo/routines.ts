// The merchant's daily routine, run by the simulation clock: reorder in the
// morning, unpack deliveries after lunch, ship in the afternoon. Orders paid in
// the evening therefore wait until the next day's batch or the one after.
import type { ShopState } from './state'
import type { Rng } from './random'
import { DAY, HOUR, MINUTE } from './time'

/** A batch ships orders paid at least this long before it: they were printed and packed the evening before. */
export const SHIP_CUTOFF = 22 * HOUR
/** An order stuck this long for lack of stock is cancelled with the buyer's agreement. */
const STOCKOUT_CANCEL_AFTER = 72 * HOUR
const SHIP_SPACING = 5_000

/** Extra days a delivery takes beyond the supplier's promise; most are on time. */
function deliveryDelayDays(rng: Rng): number {
  const r = rng.next()
  if (r < 0.08) return -1
  if (r < 0.75) return 0
  if (r < 0.9) return rng.int(1, 2)
  if (r < 0.97) return rng.int(3, 5)
  return rng.int(6, 9) // the supplier ran short: this is how stockouts happen
}

/**
 * Reorder point = daily demand × lead time + safety stock (docs/domain.md). When
 * what is left after open orders falls to it, buy enough for lead time plus a cycle.
 */
export function reorder(state: ShopState, rng: Rng, at: number, demandFactor: number, cycleDays: readonly number[]): void {
  state.products.forEach((p, i) => {
    if (state.noReorder[i] || state.openPo[i] !== null) return
    const daily = p.dailyDemand * demandFactor
    if (daily < 0.02) return
    const lead = state.leadTimeDays(i)
    const position = (state.onHand[i] ?? 0) - (state.pendingUnits[i] ?? 0)
    if (position > daily * lead + p.safetyStock) return
    const want = daily * (lead + (cycleDays[i] ?? 14)) + p.safetyStock - position
    const quantity = Math.max(10, Math.ceil(want / 10) * 10)
    const expectedAt = at + lead * DAY + 4 * HOUR
    const ref = state.nextPoRef(at)
    state.placePo({
      product: i,
      supplier: p.supplier,
      quantity,
      orderedAt: at + rng.int(0, 40) * MINUTE,
      expectedAt,
      arrivesAt: expectedAt + deliveryDelayDays(rng) * DAY,
      ref,
      note: `${ref} 常规补货`
    })
  })
}

/** Deliveries that have turned up by this afternoon go on the shelf. */
export function receiveDeliveries(state: ShopState, rng: Rng, at: number): void {
  let k = 0
  state.products.forEach((_, i) => {
    const po = state.openPo[i]
    if (po === null || po === undefined || state.holdArrivals[i]) return
    if ((state.incoming[po]?.arrivesAt ?? Infinity) > at + HOUR) return
    const when = at + k * 3 * MINUTE + rng.int(0, 120) * 1000
    if (when >= state.anchor) return
    state.receivePo(po, when)
    k++
  })
}

/**
 * Ships, oldest first, every order paid before the cutoff whose lines are all in
 * stock; an order blocked too long is cancelled for lack of stock.
 */
export function shipBatch(state: ShopState, at: number): void {
  const cutoff = at - SHIP_CUTOFF
  let n = 0
  const stillPending = state.pending.filter((order) => {
    const paidAt = order.paidAt ?? Infinity
    if (paidAt > cutoff) return true
    const when = at + n * SHIP_SPACING
    if (when >= state.anchor) return true
    if (state.canShip(order)) {
      state.ship(order, when)
      n++
      return false
    }
    if (at - paidAt >= STOCKOUT_CANCEL_AFTER) {
      state.cancel(order, when, 'refunded', '缺货，已与买家协商取消并全额退款')
      n++
      return false
    }
    return true
  })
  state.pending = stillPending
}

/** Buyers who cancel before the parcel leaves; most get the refund through after-sale. */
export function buyerCancellations(state: ShopState, rng: Rng, until: number): void {
  if (!state.pending.some((o) => o.cancelAt !== null && o.cancelAt < until)) return
  state.pending = state.pending.filter((o) => {
    if (o.cancelAt === null || o.cancelAt >= until || o.cancelAt >= state.anchor) return true
    state.cancel(o, o.cancelAt, rng.chance(0.6) ? 'refunded' : 'none')
    return false
  })
}

const DAMAGE_REASONS = ['破损', '质检不合格', '样品自用', '仓库丢失']

/** Breakage and stock counts: the small corrections every real ledger has. */
export function housekeeping(state: ShopState, rng: Rng, at: number, kind: 'adjust' | 'count'): void {
  let product = -1
  for (let tries = 0; tries < 30 && product < 0; tries++) {
    const i = rng.int(0, state.products.length - 1)
    if ((state.onHand[i] ?? 0) >= 3 && !state.holdArrivals[i]) product = i
  }
  if (product < 0) return
  const onHand = state.onHand[product] ?? 0
  if (kind === 'count') {
    const counted = onHand - rng.int(0, 2)
    state.move(product, 'count', counted - onHand, at, '月度盘点', null, counted)
  } else if (rng.chance(0.2)) {
    state.move(product, 'adjust', rng.int(1, 2), at, '盘点盈余')
  } else {
    state.move(product, 'adjust', -rng.int(1, 3), at, rng.pick(DAMAGE_REASONS))
  }
}

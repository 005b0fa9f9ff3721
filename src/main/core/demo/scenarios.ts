// The situations the app exists for, arranged so every seed produces them:
// SKUs that ran dry while paid orders wait (with restocks due before, after or
// past the buyers' deadlines), SKUs whose open demand exceeds what is left, and
// SKUs below safety stock. The steps run inside the simulation at the moments
// named below, so the ledger stays consistent with the orders.
import type { OrderFactory } from './order-factory'
import type { Rng } from './random'
import { SHIP_CUTOFF } from './routines'
import type { ShopState } from './state'
import { DAY, HOUR, MINUTE } from './time'

/** Lowest days of cover first: the SKUs a small promotion would empty soonest. */
function byCover(state: ShopState, candidates: number[]): number[] {
  const cover = (i: number): number => (state.onHand[i] ?? 0) / Math.max(0.01, state.products[i]?.dailyDemand ?? 0)
  return [...candidates].sort((a, b) => cover(a) - cover(b) || a - b)
}

/**
 * About a week before the anchor: a supplier runs short on some popular SKUs
 * (their purchase orders are cancelled) while a promotion lifts their sales.
 */
export function chooseStockoutSkus(state: ShopState, rng: Rng, factory: OrderFactory): number[] {
  const popular = state.products
    .map((_, i) => i)
    .sort((a, b) => (state.products[b]?.dailyDemand ?? 0) - (state.products[a]?.dailyDemand ?? 0) || a - b)
    .slice(0, 50)
  const count = rng.int(8, 12)
  const targets = rng.shuffle(byCover(state, popular).slice(0, count * 2)).slice(0, count).sort((a, b) => a - b)
  const boost = new Array<number>(state.products.length).fill(1)
  for (const i of targets) {
    state.noReorder[i] = true
    state.holdArrivals[i] = true
    boost[i] = 1.8
    const po = state.openPo[i]
    if (po !== null && po !== undefined) state.cancelPo(po, '供应商断货，采购单已取消')
  }
  factory.boost(boost)
  return targets
}

/**
 * Just before the last ship batch: make sure enough single-unit orders for each
 * stockout SKU are ready to ship that the batch empties the shelf and a few stay
 * waiting. The extra orders are dated in the batch's window, as a sales spike.
 */
export function topUpStockoutDemand(state: ShopState, rng: Rng, factory: OrderFactory, targets: number[], batchAt: number): void {
  const cutoff = batchAt - SHIP_CUTOFF
  for (const i of targets) {
    const ready = state.pending.filter(
      (o) => (o.paidAt ?? Infinity) <= cutoff && o.lines.length === 1 && o.lines[0]?.product === i && o.lines[0].quantity === 1
    ).length
    const missing = (state.onHand[i] ?? 0) + rng.int(1, 3) - ready
    for (let k = 0; k < missing; k++) {
      const paidAt = cutoff - rng.between(0, 20) * HOUR
      const order = factory.make(paidAt - rng.int(10, 300) * 1000, { paidAt, product: i, quantity: 1, buyerMayCancel: false })
      state.addOrder(order)
    }
  }
  state.pending.sort((a, b) => (a.paidAt ?? 0) - (b.paidAt ?? 0))
}

/**
 * Right after the last ship batch: a few SKUs still in stock get more new orders
 * than units left, so open demand exceeds on hand without the shelf being empty.
 */
export function overcommitSomeSkus(state: ShopState, rng: Rng, factory: OrderFactory, targets: number[], batchAt: number): number[] {
  const candidates = state.products
    .map((_, i) => i)
    .filter((i) => !targets.includes(i) && (state.onHand[i] ?? 0) > 0 && (state.products[i]?.dailyDemand ?? 0) >= 0.25)
  const chosen = rng.shuffle(byCover(state, candidates).slice(0, 10)).slice(0, rng.int(3, 5))
  for (const i of chosen) {
    state.holdArrivals[i] = true
    // Orders already waiting must stay, or the shortfall could vanish before the anchor.
    for (const o of state.pending) if (o.lines.some((l) => l.product === i)) o.cancelAt = null
    let missing = (state.onHand[i] ?? 0) + rng.int(1, 3) - (state.pendingUnits[i] ?? 0)
    while (missing > 0) {
      const quantity = Math.min(missing, rng.int(1, 2))
      const paidAt = rng.between(batchAt + 30 * MINUTE, state.anchor - MINUTE)
      state.addOrder(factory.make(paidAt - rng.int(10, 300) * 1000, { paidAt, product: i, quantity, buyerMayCancel: false }))
      missing -= quantity
    }
  }
  state.pending.sort((a, b) => (a.paidAt ?? 0) - (b.paidAt ?? 0))
  return chosen
}

type Restock = 'overdue' | 'soon' | 'later' | 'none'

/**
 * Gives each stockout SKU its restock situation at the anchor: overdue (the
 * supplier is late), due before the waiting orders' deadlines, due after them,
 * or nothing ordered yet. Each kind appears at least once when there are enough SKUs.
 */
export function planRestocks(state: ShopState, rng: Rng, targets: number[], since: number): void {
  const kinds: Restock[] = ['overdue', 'overdue', 'soon', 'soon', 'later', 'later', 'none']
  const order = rng.shuffle([...targets])
  order.forEach((i, k) => {
    const kind = kinds[k] ?? rng.pick<Restock>(['overdue', 'soon', 'later', 'none'])
    if (kind === 'none') return
    const anchor = state.anchor
    const p = state.products[i]
    if (!p) return
    const lead = state.leadTimeDays(i)
    const expectedAt =
      kind === 'overdue'
        ? anchor - rng.between(0.75, 3) * DAY
        : kind === 'soon'
          ? anchor + rng.between(3, 10) * HOUR
          : anchor + rng.between(4, 9) * DAY
    const orderedAt = kind === 'later' ? anchor - rng.between(2, 48) * HOUR : Math.max(expectedAt - lead * DAY, since + 2 * HOUR)
    const want = p.dailyDemand * (lead + 14) + p.safetyStock + (state.pendingUnits[i] ?? 0)
    const note = kind === 'overdue' ? '加急补货，供应商延迟，催货中' : kind === 'soon' ? '加急补货，供应商已发货' : '补货，供应商排产中'
    const ref = state.nextPoRef(orderedAt)
    state.placePo({
      product: i,
      supplier: p.supplier,
      quantity: Math.max(10, Math.ceil(want / 10) * 10),
      orderedAt,
      expectedAt,
      // Never during the simulation: these deliveries are still out at the anchor.
      arrivesAt: Infinity,
      ref,
      note: `${ref} ${note}`
    })
  })
}

/** A few SKUs below safety stock (but not empty): the merchant raised safety stock lately. */
export function ensureBelowSafety(state: ShopState, rng: Rng, exclude: number[], wanted: number): void {
  const below = (i: number): boolean => {
    const onHand = state.onHand[i] ?? 0
    return onHand > 0 && onHand < (state.products[i]?.safetyStock ?? 0)
  }
  let count = state.products.filter((_, i) => below(i)).length
  const candidates = state.products.map((_, i) => i).filter((i) => !exclude.includes(i) && (state.onHand[i] ?? 0) > 0 && !below(i))
  for (const i of byCover(state, candidates)) {
    if (count >= wanted) break
    const p = state.products[i]
    if (!p) continue
    p.safetyStock = (state.onHand[i] ?? 0) + rng.int(2, 6)
    count++
  }
}

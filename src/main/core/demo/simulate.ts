// Runs the shop hour by hour over the 60 days before the anchor. Orders arrive
// at a rate that follows the time of day (evenings are busiest), the weekday, a
// slow growth trend and one promotion day; the daily routines react to them.
// Because stock only moves inside this loop, in time order, the ledger never
// goes negative and every shipped order has its movements.
import type { Catalog } from './build-catalog'
import { OrderFactory } from './order-factory'
import type { DemoPlan } from './plan'
import type { Rng } from './random'
import { buyerCancellations, housekeeping, receiveDeliveries, reorder, shipBatch } from './routines'
import { chooseStockoutSkus, ensureBelowSafety, overcommitSomeSkus, planRestocks, topUpStockoutDemand } from './scenarios'
import { settleOrders } from './settle'
import { ShopState } from './state'
import { DAY, HOUR, MINUTE, chinaHour, chinaWeekday, floorHour } from './time'

export const HISTORY_DAYS = 60
/** Orders per day on an average weekday; the trend runs from 70% to 130% of it, so 60 days hold about 3,000. */
const BASE_ORDERS_PER_DAY = 47
/** Share of a day's orders paid in each China-time hour: quiet nights, busy evenings. */
const HOUR_SHARE = normalise([2, 1, 0.5, 0.3, 0.2, 0.3, 0.6, 1, 1.5, 2, 2.5, 3, 3.5, 3, 2.5, 2.5, 2.5, 3, 3.5, 4, 5, 6, 5.5, 4])
/** Units sold per order on average (lines per order × quantity per line), for demand planning. */
const UNITS_PER_ORDER = 1.45

function normalise(values: number[]): number[] {
  const sum = values.reduce((s, v) => s + v, 0)
  return values.map((v) => v / sum)
}

/** Planned daily units for the whole shop: the catalog splits it between SKUs. */
export const plannedUnitsPerDay = (): number => BASE_ORDERS_PER_DAY * 1.06 * UNITS_PER_ORDER

/** The last 16:00 (China) ship batch at least an hour before the anchor. */
function finalBatchTime(anchor: number): number {
  let t = floorHour(anchor - HOUR)
  while (chinaHour(t) !== 16) t -= HOUR
  return t
}

export type SimResult = Pick<DemoPlan, 'movements' | 'incoming' | 'orders'> & { openedAt: number }

export function simulate(rng: Rng, catalog: Catalog, anchor: number): SimResult {
  const start = anchor - HISTORY_DAYS * DAY
  const state = new ShopState(catalog.products, catalog.suppliers, anchor)
  const factory = new OrderFactory(rng, catalog.products)
  const openedAt = start - 3 * HOUR
  const cycleDays = catalog.products.map(() => rng.int(10, 20))

  // Opening stock count: enough for the lead time and a reorder cycle, give or take.
  catalog.products.forEach((p, i) => {
    const planned = p.dailyDemand * 0.8 * (state.leadTimeDays(i) + (cycleDays[i] ?? 14))
    const units = p.dailyDemand < 0.05 ? rng.int(5, 40) : Math.max(3, Math.round(planned * rng.between(0.5, 1.3) + p.safetyStock))
    state.move(i, 'count', units, start - 2 * HOUR + i * 2000, '期初盘点', null, units)
  })

  const promoDay = rng.int(10, 45)
  const housekeepingDays = new Map<number, 'adjust' | 'count'>()
  while (housekeepingDays.size < 11) {
    const day = rng.int(2, HISTORY_DAYS - 3)
    if (!housekeepingDays.has(day)) housekeepingDays.set(day, housekeepingDays.size < 8 ? 'adjust' : 'count')
  }
  const stockoutsFrom = anchor - 6 * DAY
  const finalBatch = finalBatchTime(anchor)
  let stockouts: number[] | null = null

  for (let t = floorHour(start); t < anchor; t += HOUR) {
    const hour = chinaHour(t)
    const day = Math.floor((t - start) / DAY)
    const trend = 0.7 + (0.6 * Math.max(0, t - start)) / (HISTORY_DAYS * DAY)
    if (stockouts === null && t >= stockoutsFrom) stockouts = chooseStockoutSkus(state, rng, factory)

    if (hour === 10) reorder(state, rng, t, trend, cycleDays)
    if (hour === 11 && housekeepingDays.has(day)) housekeeping(state, rng, t + rng.int(5, 50) * MINUTE, housekeepingDays.get(day) ?? 'adjust')
    if (hour === 14) receiveDeliveries(state, rng, t)
    if (hour === 16) {
      // Packing starts some minutes past the hour; the batch still ends well within it.
      const batchAt = t + rng.int(0, 30) * MINUTE
      if (t === finalBatch && stockouts) topUpStockoutDemand(state, rng, factory, stockouts, batchAt)
      shipBatch(state, batchAt)
      if (t === finalBatch && stockouts) overcommitSomeSkus(state, rng, factory, stockouts, batchAt)
    }

    const from = Math.max(t, start)
    const until = Math.min(t + HOUR, anchor)
    if (until > from) {
      const weekend = [0, 6].includes(chinaWeekday(t)) ? 1.15 : 1
      const promo = day === promoDay ? 2.2 : 1
      const lambda = BASE_ORDERS_PER_DAY * trend * weekend * promo * (HOUR_SHARE[hour] ?? 0) * ((until - from) / HOUR)
      const times = Array.from({ length: rng.poisson(lambda) }, () => rng.between(from, until)).sort((a, b) => a - b)
      for (const paidAt of times) placeOrder(state, rng, factory, paidAt)
    }
    buyerCancellations(state, rng, until)
  }

  planRestocks(state, rng, stockouts ?? [], stockoutsFrom)
  settleOrders(state, rng, factory)
  ensureBelowSafety(state, rng, stockouts ?? [], 4)
  return { openedAt, movements: state.movements, incoming: state.incoming, orders: state.orders }
}

/** A new order; a few are never paid and the platform closes them after half an hour. */
function placeOrder(state: ShopState, rng: Rng, factory: OrderFactory, at: number): void {
  const createdAt = at - rng.int(10, 300) * 1000
  if (rng.chance(0.006)) {
    const order = factory.make(createdAt, { paidAt: null })
    // Still unpaid if the half hour has not run out by the anchor.
    if (createdAt + 30 * MINUTE < state.anchor) {
      order.status = 'cancelled'
      order.updatedAt = createdAt + 30 * MINUTE
    }
    state.addOrder(order)
    return
  }
  state.addOrder(factory.make(createdAt, { paidAt: at }))
}

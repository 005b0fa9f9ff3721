// Closes the books at the anchor: which shipped orders the buyers have confirmed,
// which have after-sale requests, and the few orders still unpaid.
import type { OrderFactory } from './order-factory'
import type { Rng } from './random'
import type { ShopState } from './state'
import { DAY, MINUTE } from './time'

export function settleOrders(state: ShopState, rng: Rng, factory: OrderFactory): void {
  const anchor = state.anchor
  for (const o of state.orders) {
    o.cancelAt = null
    if (o.status === 'shipped' && o.shippedAt !== null) {
      // Buyers confirm receipt a few days after shipment (or the platform does it for them).
      const confirmedAt = o.shippedAt + rng.between(2.5, 8) * DAY
      if (confirmedAt < anchor) {
        o.status = 'received'
        o.updatedAt = confirmedAt
      }
      if (o.shippedAt > anchor - 12 * DAY && rng.chance(0.02)) o.afterSale = 'in_progress'
    } else if (o.status === 'awaiting_shipment' && (o.promisedShipAt ?? Infinity) < anchor && rng.chance(0.35)) {
      // Past the deadline and still not shipped: some buyers ask for a refund.
      o.afterSale = 'in_progress'
    }
  }
  // A handful of buyers placed an order in the last hour and have not paid yet.
  const unpaid = rng.int(3, 6)
  for (let k = 0; k < unpaid; k++) {
    const createdAt = anchor - rng.between(1, 90) * MINUTE
    state.addOrder(factory.make(createdAt, { paidAt: null }))
  }
  state.orders.sort((a, b) => a.createdAt - b.createdAt)
}

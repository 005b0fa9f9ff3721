// Timestamps for bulk orders that agree with their status: unshipped orders are
// recent, received ones old, and nothing happens after the anchor.
import type { OrderStatus } from '../../../shared/types'
import type { Rng } from './random'
import { DAY, HOUR, MINUTE } from './time'

/** Drawn uniformly: a list heavy in finished orders with plenty still to ship. */
export const ORDER_STATUSES_FOR_BULK: readonly OrderStatus[] = [
  'received', 'received', 'received', 'received', 'received',
  'shipped', 'shipped',
  'awaiting_shipment', 'awaiting_shipment', 'awaiting_shipment',
  'cancelled',
  'unpaid'
]

export interface BulkTimes {
  createdAt: number
  paidAt: number | null
  shippedAt: number | null
  updatedAt: number
}

/** How many days before the anchor an order in each status was paid (from, to). */
const AGE_DAYS: Record<OrderStatus, readonly [number, number]> = {
  unpaid: [0, 0.05],
  awaiting_shipment: [0, 3],
  shipped: [1, 10],
  received: [5, 60],
  cancelled: [0.5, 60]
}

export function bulkPaidAt(rng: Rng, status: OrderStatus, anchor: number): BulkTimes {
  const [min, max] = AGE_DAYS[status]
  const paidAt = anchor - rng.between(min, max) * DAY
  const createdAt = paidAt - rng.int(10, 300) * 1000
  if (status === 'unpaid') return { createdAt, paidAt: null, shippedAt: null, updatedAt: createdAt }
  const shippedAt = status === 'shipped' || status === 'received' ? paidAt + rng.between(4, 40) * HOUR : null
  const updatedAt = Math.min(anchor - MINUTE, (shippedAt ?? paidAt) + rng.between(0, 3) * DAY)
  return { createdAt, paidAt, shippedAt: shippedAt === null ? null : Math.min(shippedAt, anchor - 2 * MINUTE), updatedAt }
}

// Small shops for the cancellation queue's tests: the engine's test shop (SKUs
// through the contract, orders inserted directly, times relative to FIXED_NOW),
// plus ways to reach a case and to photograph everything a step may touch.
import { engineShop, type EngineShop } from '../engine/helpers'
import type { QueueCase } from '../../src/shared/queue-types'

export interface QueueShop extends EngineShop {
  /** The case of an order, by order number (recomputes first so it exists). */
  caseOf: (orderNo: string) => Promise<QueueCase>
  caseId: (orderNo: string) => number
  /** The out-of-stock reason of a platform's list. */
  reasonId: (platform?: string, code?: string) => number
  /** Everything a step or its undo may change, as text: cases, events (without undo marks), orders, lines, allocation, ledger. */
  state: (opts?: { events?: boolean }) => string
  ledger: () => string
}

export function queueShop(now?: () => Date): QueueShop {
  const s = engineShop(now)
  const self: QueueShop = {
    ...s,
    caseOf: async (orderNo) => s.call('queue.get', { orderNo }),
    caseId: (orderNo) => {
      const row = s.db.prepare('SELECT c.id FROM queue_cases c JOIN orders o ON o.id = c.order_id WHERE o.order_no = ?').get(orderNo) as
        { id: number } | undefined
      if (!row) throw new Error(`no case for ${orderNo}`)
      return row.id
    },
    reasonId: (platform = 'pdd', code = 'out_of_stock') =>
      (s.db.prepare('SELECT id FROM queue_cancel_reasons WHERE platform = ? AND code = ?').get(platform, code) as { id: number }).id,
    ledger: () => JSON.stringify(s.db.prepare('SELECT * FROM stock_movements ORDER BY id').all()),
    state: (opts = {}) =>
      JSON.stringify([
        s.db.prepare('SELECT * FROM queue_cases ORDER BY id').all(),
        opts.events ? s.db.prepare('SELECT * FROM queue_events ORDER BY id').all() : null,
        s.db.prepare('SELECT * FROM orders ORDER BY id').all(),
        s.db.prepare('SELECT * FROM order_lines ORDER BY id').all(),
        s.db.prepare('SELECT * FROM engine_orders ORDER BY 1').all(),
        s.db.prepare('SELECT * FROM engine_actions ORDER BY 1').all(),
        s.db.prepare('SELECT * FROM engine_skus ORDER BY 1').all(),
        s.db.prepare('SELECT * FROM stock_movements ORDER BY id').all(),
        s.db.prepare('SELECT id, on_hand FROM products ORDER BY id').all()
      ])
  }
  return self
}

/**
 * A shop with one SKU out of stock (A, ¥29.90 orders), a sibling substitute in stock
 * (A2, 5 units), and plenty of B. Order O1 needs one A; more orders via `order`.
 */
export async function oneShortOrder(): Promise<QueueShop & { orderId: number }> {
  const s = queueShop()
  await s.sku('A2', { onHand: 5 })
  await s.sku('A', { onHand: 0, substitutes: ['A2'] })
  await s.sku('B', { onHand: 50 })
  const orderId = s.order('O1', [['A', 1]], { deadline: 20, paidFen: 2990 })
  await s.recompute()
  return { ...s, orderId }
}

// A shop for reminder tests: one SKU with no stock and open orders whose deadlines (promised
// ship times) lie at given hours from the test clock, so each is short with a known deadline.
import { testTimeIn } from '../helpers/clock'
import { insertOrder, testShop, type TestShop } from '../helpers/shop'

export interface ReminderShop extends TestShop {
  /** Order id by order number. */
  ids: Map<string, number>
  caseOf: (orderNo: string) => number
}

/** orders: [order number, hours from TEST_NOW to its deadline, stock-backed?] */
export async function reminderShop(orders: [string, number, boolean?][], path = ':memory:', now?: () => Date): Promise<ReminderShop> {
  const s = now ? testShop(path, now) : testShop(path)
  const at = testTimeIn(-30).toISOString()
  const empty = Number(
    s.db.prepare("INSERT INTO products (merchant_code, name, spec, created_at, updated_at) VALUES ('CUP-1', '保温杯', '白色', ?, ?)").run(at, at)
      .lastInsertRowid
  )
  const stocked = Number(
    s.db.prepare("INSERT INTO products (merchant_code, name, spec, created_at, updated_at) VALUES ('MUG-1', '马克杯', '蓝色', ?, ?)").run(at, at)
      .lastInsertRowid
  )
  s.db.prepare("INSERT INTO stock_movements (product_id, type, quantity, created_at) VALUES (?, 'receive', 100, ?)").run(stocked, at)
  const ids = new Map<string, number>()
  for (const [orderNo, hours, hasStock] of orders) {
    const productId = hasStock ? stocked : empty
    ids.set(
      orderNo,
      insertOrder(s.db, {
        orderNo,
        paidFen: 3990,
        paidAt: at,
        promisedShipAt: testTimeIn(hours).toISOString(),
        lines: [{ productId, merchantCode: hasStock ? 'MUG-1' : 'CUP-1', quantity: 1, amountFen: 3990 }]
      })
    )
  }
  await s.call('engine.recompute', {})
  const caseOf = (orderNo: string): number =>
    (s.db.prepare('SELECT id FROM queue_cases WHERE order_id = ?').get(ids.get(orderNo)) as { id: number }).id
  return { ...s, ids, caseOf }
}

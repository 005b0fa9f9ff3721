// A shop whose every order is short: one open order per case, spread over 72 hours
// of payments, five platforms and `skus` SKUs with no stock. Used by the queue's
// scale test and by `npm run bench` (bench/queue.ts), so both measure the same shop.
import { FIXED_NOW, testShop, type TestShop } from './shop'

const HOUR = 3_600_000

export function queueShop(cases: number, skus: number): TestShop {
  const s = testShop()
  const db = s.db
  const now = FIXED_NOW.toISOString()
  db.transaction(() => {
    const product = db.prepare(`INSERT INTO products (merchant_code, name, spec, created_at, updated_at) VALUES (?, ?, '', ?, ?)`)
    for (let i = 0; i < skus; i++) product.run(`SKU-${String(i).padStart(5, '0')}`, `商品 ${i}`, now, now)
    const platforms = ['pdd', 'pdd', 'pdd', 'taobao', 'douyin']
    const order = db.prepare(
      `INSERT INTO orders (platform, order_no, status, paid_fen, paid_at, promised_ship_at, buyer_name, created_at, updated_at)
       VALUES (?, ?, 'awaiting_shipment', ?, ?, ?, ?, ?, ?)`
    )
    const line = db.prepare(
      `INSERT INTO order_lines (order_id, line_no, merchant_code, title, quantity, amount_fen, product_id) VALUES (?, 1, ?, ?, 1, ?, ?)`
    )
    for (let i = 0; i < cases; i++) {
      const paid = FIXED_NOW.getTime() - ((i * 7919) % 72) * HOUR
      const id = Number(
        order.run(
          platforms[i % 5],
          `261126-${String(i).padStart(15, '0')}`,
          1990 + (i % 100) * 10,
          new Date(paid).toISOString(),
          new Date(paid + 48 * HOUR).toISOString(),
          `买家${i % 997}`,
          now,
          now
        ).lastInsertRowid
      )
      const p = (i % skus) + 1
      line.run(id, `SKU-${String(p - 1).padStart(5, '0')}`, `商品 ${p - 1}`, 1990, p)
    }
  })()
  return s
}

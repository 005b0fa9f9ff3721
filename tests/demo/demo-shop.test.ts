import { beforeAll, describe, expect, it } from 'vitest'
import type { CoreContext } from '../../src/main/core/context'
import { openDatabase, type Db } from '../../src/main/core/db/open'
import { isShopEmpty, loadDemoShop } from '../../src/main/core/demo/load'
import { ORDER_NO_PATTERNS } from '../../src/main/core/demo/order-numbers'
import { AppError } from '../../src/shared/errors'
import type { DemoResult } from '../../src/shared/types'

const ANCHOR = new Date('2026-11-26T02:00:00Z')
const A = ANCHOR.toISOString()
const DAY = 86_400_000

function freshCtx(now: Date = ANCHOR): CoreContext {
  return { db: openDatabase(':memory:'), now: () => now, dbPath: ':memory:', appVersion: 'test' }
}

/** Every table, every row, in id order: two shops are equal when their dumps are. */
function dumpAll(db: Db): string {
  const tables = db
    .prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all()
  return JSON.stringify(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]))
}

const one = (db: Db, sql: string, ...params: unknown[]): number => Number(Object.values(db.prepare(sql).get(...params) as object)[0])
const all = <T>(db: Db, sql: string, ...params: unknown[]): T[] => db.prepare(sql).all(...params) as T[]

/** Units on awaiting-shipment orders per product. */
const OPEN_DEMAND = `(SELECT l.product_id AS pid, SUM(l.quantity) AS units, MAX(o.promised_ship_at) AS last_deadline
  FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.status = 'awaiting_shipment' GROUP BY l.product_id)`

/** Checks that must hold for every seed and anchor, not just the one the other tests use. */
function expectCoreStory(db: Db, anchorIso: string): void {
  expect(one(db, `SELECT COUNT(*) FROM products p JOIN ${OPEN_DEMAND} d ON d.pid = p.id WHERE p.on_hand = 0`)).toBeGreaterThanOrEqual(8)
  expect(one(db, `SELECT COUNT(*) FROM products p JOIN ${OPEN_DEMAND} d ON d.pid = p.id WHERE p.on_hand > 0 AND d.units > p.on_hand`)).toBeGreaterThanOrEqual(1)
  expect(one(db, `SELECT COUNT(*) FROM products WHERE on_hand > 0 AND on_hand < safety_stock`)).toBeGreaterThanOrEqual(3)
  expect(one(db, `SELECT COUNT(*) FROM products WHERE on_hand <> (SELECT COALESCE(SUM(quantity), 0) FROM stock_movements m WHERE m.product_id = products.id)`)).toBe(0)
  expect(one(db, `SELECT COUNT(*) FROM incoming_stock WHERE status = 'open' AND expected_at < ?`, anchorIso)).toBeGreaterThanOrEqual(2)
  expect(String(db.prepare(`SELECT MAX(created_at) AS m FROM stock_movements`).pluck().get()) < anchorIso).toBe(true)
  expect(String(db.prepare(`SELECT MAX(paid_at) AS m FROM orders`).pluck().get()) < anchorIso).toBe(true)
}

describe('demo shop', () => {
  let ctx: CoreContext
  let db: Db
  let result: DemoResult

  beforeAll(() => {
    ctx = freshCtx()
    db = ctx.db
    // How long this takes is a goal of `npm run bench` (bench/review.ts), not timed here.
    result = loadDemoShop(ctx, { seed: 42 })
  })

  it('the demo shop has about 200 SKUs, 5 suppliers and about 3,000 orders over 60 days', () => {
    expect(result.seed).toBe(42)
    expect(result.suppliers).toBe(5)
    expect(result.skus).toBeGreaterThanOrEqual(180)
    expect(result.skus).toBeLessThanOrEqual(220)
    expect(result.orders).toBeGreaterThanOrEqual(2700)
    expect(result.orders).toBeLessThanOrEqual(3300)
    expect(one(db, `SELECT COUNT(*) FROM products`)).toBe(result.skus)
    expect(one(db, `SELECT COUNT(*) FROM orders`)).toBe(result.orders)
    expect(one(db, `SELECT COUNT(*) FROM stock_movements`)).toBe(result.movements)
    expect(one(db, `SELECT COUNT(*) FROM incoming_stock`)).toBe(result.incoming)
    const firstPaid = String(db.prepare(`SELECT MIN(paid_at) FROM orders`).pluck().get())
    expect(Date.parse(firstPaid)).toBeGreaterThanOrEqual(ANCHOR.getTime() - 60 * DAY)
    expect(Date.parse(firstPaid)).toBeLessThan(ANCHOR.getTime() - 59 * DAY)
  })

  it('suppliers have Chinese names, contacts and lead times between 3 and 15 days', () => {
    const suppliers = all<{ name: string; contact: string; lead_time_days: number }>(db, `SELECT * FROM suppliers`)
    for (const s of suppliers) {
      expect(s.name).toMatch(/\p{Script=Han}/u)
      expect(s.contact).not.toBe('')
      expect(s.lead_time_days).toBeGreaterThanOrEqual(3)
      expect(s.lead_time_days).toBeLessThanOrEqual(15)
    }
    expect(new Set(suppliers.map((s) => s.lead_time_days)).size).toBeGreaterThanOrEqual(4)
  })

  it('SKUs have text codes (leading zeros kept), prices in fen between ¥9.90 and ¥199, and families with substitutes', () => {
    expect(one(db, `SELECT COUNT(*) FROM products WHERE typeof(merchant_code) <> 'text'`)).toBe(0)
    expect(all(db, `SELECT 1 FROM products WHERE merchant_code = '0012-RED'`)).toHaveLength(1)
    expect(one(db, `SELECT COUNT(*) FROM products WHERE merchant_code GLOB '0*'`)).toBeGreaterThanOrEqual(5)
    expect(one(db, `SELECT MIN(price_fen) FROM products`)).toBeGreaterThanOrEqual(990)
    expect(one(db, `SELECT MAX(price_fen) FROM products`)).toBeLessThanOrEqual(19900)
    expect(one(db, `SELECT COUNT(*) FROM products WHERE unit_cost_fen <= 0 OR unit_cost_fen >= price_fen`)).toBe(0)
    expect(one(db, `SELECT COUNT(*) FROM products WHERE lead_time_days IS NOT NULL`)).toBeGreaterThan(0)
    expect(one(db, `SELECT COUNT(*) FROM products WHERE lead_time_days IS NULL`)).toBeGreaterThan(150)
    // Substitutes are siblings: same product name, another spec.
    expect(one(db, `SELECT COUNT(*) FROM product_substitutes`)).toBeGreaterThan(20)
    expect(
      one(db, `SELECT COUNT(*) FROM product_substitutes s JOIN products a ON a.id = s.product_id JOIN products b ON b.id = s.substitute_id WHERE a.name <> b.name`)
    ).toBe(0)
  })

  it('on hand equals the sum of the ledger for every SKU, and none is negative', () => {
    const rows = all<{ on_hand: number; ledger: number }>(
      db,
      `SELECT p.on_hand, (SELECT COALESCE(SUM(quantity), 0) FROM stock_movements m WHERE m.product_id = p.id) AS ledger FROM products p`
    )
    for (const r of rows) {
      expect(r.on_hand).toBe(r.ledger)
      expect(r.on_hand).toBeGreaterThanOrEqual(0)
    }
    // The running balance never dipped below zero either, movement by movement.
    const negative = one(
      db,
      `SELECT COUNT(*) FROM (SELECT SUM(quantity) OVER (PARTITION BY product_id ORDER BY id) AS balance FROM stock_movements) WHERE balance < 0`
    )
    expect(negative).toBe(0)
  })

  it('the ledger runs in time order: an opening count, deliveries, shipments and a few corrections', () => {
    const times = db.prepare(`SELECT created_at FROM stock_movements ORDER BY id`).pluck().all() as string[]
    expect(times.every((t, i) => i === 0 || (times[i - 1] as string) <= t)).toBe(true)
    const first = all<{ type: string; counted: number; quantity: number; created_at: string }>(
      db,
      `SELECT type, counted, quantity, created_at FROM stock_movements m WHERE id = (SELECT MIN(id) FROM stock_movements WHERE product_id = m.product_id)`
    )
    expect(first).toHaveLength(result.skus)
    for (const m of first) {
      expect(m.type).toBe('count')
      expect(m.counted).toBe(m.quantity)
      expect(Date.parse(m.created_at)).toBeLessThan(ANCHOR.getTime() - 60 * DAY)
    }
    const types = Object.fromEntries(all<{ type: string; n: number }>(db, `SELECT type, COUNT(*) AS n FROM stock_movements GROUP BY type`).map((r) => [r.type, r.n]))
    expect(types.receive).toBeGreaterThan(50)
    expect(types.ship).toBeGreaterThan(2000)
    expect(types.adjust).toBeGreaterThanOrEqual(3)
    expect(one(db, `SELECT COUNT(*) FROM stock_movements WHERE reason = ''`)).toBe(0)
    expect(one(db, `SELECT COUNT(*) FROM stock_movements WHERE type = 'ship' AND (quantity >= 0 OR ref IS NULL)`)).toBe(0)
  })

  it('every shipped order has ship movements matching its lines, and no other order has any', () => {
    const wrong = one(
      db,
      `SELECT COUNT(*) FROM orders o JOIN order_lines l ON l.order_id = o.id
       WHERE (SELECT COALESCE(-SUM(m.quantity), 0) FROM stock_movements m WHERE m.type = 'ship' AND m.ref = o.order_no AND m.product_id = l.product_id)
             <> CASE WHEN o.status IN ('shipped', 'received') THEN l.quantity ELSE 0 END`
    )
    expect(wrong).toBe(0)
    expect(one(db, `SELECT COUNT(*) FROM orders WHERE status IN ('shipped', 'received') AND (shipped_at IS NULL OR shipped_at < paid_at)`)).toBe(0)
    expect(one(db, `SELECT COUNT(*) FROM orders WHERE status NOT IN ('shipped', 'received') AND shipped_at IS NOT NULL`)).toBe(0)
  })

  it('some SKUs are out of stock while awaiting-shipment orders wait for them', () => {
    const waiting = all<{ merchant_code: string; units: number }>(
      db,
      `SELECT p.merchant_code, d.units FROM products p JOIN ${OPEN_DEMAND} d ON d.pid = p.id WHERE p.on_hand = 0`
    )
    expect(waiting.length).toBeGreaterThanOrEqual(8)
    expect(waiting.length).toBeLessThanOrEqual(20)
    expectCoreStory(db, A)
  })

  it('orders have a realistic mix of statuses, with the unshipped ones paid in the last days', () => {
    const byStatus = Object.fromEntries(all<{ status: string; n: number }>(db, `SELECT status, COUNT(*) AS n FROM orders GROUP BY status`).map((r) => [r.status, r.n]))
    expect(byStatus.received).toBeGreaterThan(result.orders / 2)
    expect(byStatus.shipped).toBeGreaterThan(50)
    expect(byStatus.awaiting_shipment).toBeGreaterThanOrEqual(80)
    expect(byStatus.awaiting_shipment).toBeLessThanOrEqual(250)
    expect(byStatus.cancelled).toBeGreaterThan(20)
    expect(byStatus.unpaid).toBeGreaterThanOrEqual(1)
    expect(byStatus.unpaid).toBeLessThanOrEqual(10)
    // Unshipped orders are recent: none paid more than four days ago.
    const oldestWaiting = String(db.prepare(`SELECT MIN(paid_at) FROM orders WHERE status = 'awaiting_shipment'`).pluck().get())
    expect(Date.parse(oldestWaiting)).toBeGreaterThan(ANCHOR.getTime() - 4 * DAY)
    expect(one(db, `SELECT COUNT(*) FROM orders WHERE status = 'unpaid' AND (paid_at IS NOT NULL OR promised_ship_at IS NOT NULL)`)).toBe(0)
    // Some were cancelled because the SKU ran out; refunds only on cancelled orders.
    expect(one(db, `SELECT COUNT(*) FROM orders WHERE status = 'cancelled' AND merchant_note LIKE '%缺货%'`)).toBeGreaterThan(0)
    expect(one(db, `SELECT COUNT(*) FROM orders WHERE after_sale = 'refunded' AND status <> 'cancelled'`)).toBe(0)
    expect(one(db, `SELECT COUNT(*) FROM orders WHERE after_sale = 'in_progress'`)).toBeGreaterThan(0)
    expect(one(db, `SELECT COUNT(*) FROM orders WHERE after_sale = 'none'`)).toBeGreaterThan(result.orders * 0.9)
  })

  it('paid amounts add up, deadlines follow the platform, and payments lean to the evening', () => {
    expect(one(db, `SELECT COUNT(*) FROM orders o WHERE paid_fen <> (SELECT SUM(amount_fen) FROM order_lines WHERE order_id = o.id)`)).toBe(0)
    const hours = all<{ hours: number; n: number }>(
      db,
      `SELECT ROUND((julianday(promised_ship_at) - julianday(paid_at)) * 24) AS hours, COUNT(*) AS n FROM orders WHERE paid_at IS NOT NULL GROUP BY hours`
    )
    expect(hours.map((h) => h.hours).sort()).toEqual([48, 72])
    // China time = UTC+8: 18:00–23:59 in China is 10:00–15:59 UTC.
    const evening = one(db, `SELECT COUNT(*) FROM orders WHERE CAST(strftime('%H', paid_at) AS INTEGER) BETWEEN 10 AND 15`)
    const morning = one(db, `SELECT COUNT(*) FROM orders WHERE CAST(strftime('%H', paid_at) AS INTEGER) BETWEEN 18 AND 23`)
    expect(evening).toBeGreaterThan(morning * 3)
    expect(one(db, `SELECT COUNT(*) FROM order_lines WHERE product_id IS NULL OR typeof(platform_product_id) <> 'text' OR platform_sku_id NOT GLOB '[0-9]*'`)).toBe(0)
    expect(one(db, `SELECT COUNT(*) FROM order_lines l JOIN products p ON p.id = l.product_id WHERE l.merchant_code <> p.merchant_code OR l.title <> p.name OR l.spec <> p.spec`)).toBe(0)
    expect(one(db, `SELECT COUNT(*) FROM orders WHERE buyer_phone NOT GLOB '1[0-9][0-9]0000[0-9][0-9][0-9][0-9]'`)).toBe(0)
  })

  it('order numbers stay text and follow each platform\'s format', () => {
    const orders = all<{ platform: 'pdd' | 'taobao' | 'douyin'; order_no: string; kind: string; created_at: string }>(
      db,
      `SELECT platform, order_no, typeof(order_no) AS kind, created_at FROM orders`
    )
    for (const o of orders) {
      expect(o.kind).toBe('text')
      expect(o.order_no).toMatch(ORDER_NO_PATTERNS[o.platform])
      if (o.platform === 'pdd') {
        // The date part is the China calendar date of the order.
        const china = new Date(Date.parse(o.created_at) + 8 * 3_600_000).toISOString()
        expect(o.order_no.slice(0, 6)).toBe(china.slice(2, 4) + china.slice(5, 7) + china.slice(8, 10))
      }
    }
    const share = orders.filter((o) => o.platform === 'pdd').length / orders.length
    expect(share).toBeGreaterThan(0.6)
    expect(share).toBeLessThan(0.8)
    expect(new Set(orders.map((o) => o.platform))).toEqual(new Set(['pdd', 'taobao', 'douyin']))
    // PDD orders hold one line; Taobao and Douyin have sub-orders and sometimes several lines.
    expect(one(db, `SELECT COUNT(*) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.platform = 'pdd' AND (l.sub_order_no IS NOT NULL OR l.line_no > 1)`)).toBe(0)
    expect(one(db, `SELECT COUNT(*) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.platform <> 'pdd' AND l.sub_order_no IS NULL`)).toBe(0)
    expect(one(db, `SELECT COUNT(*) FROM order_lines WHERE line_no > 1`)).toBeGreaterThan(20)
  })

  it('times are UTC ISO strings', () => {
    const columns: [string, string][] = [
      ['orders', 'created_at'], ['orders', 'updated_at'], ['orders', 'paid_at'], ['orders', 'promised_ship_at'], ['orders', 'shipped_at'],
      ['stock_movements', 'created_at'], ['products', 'created_at'], ['products', 'updated_at'], ['suppliers', 'created_at'],
      ['incoming_stock', 'ordered_at'], ['incoming_stock', 'expected_at'], ['incoming_stock', 'received_at'], ['incoming_stock', 'created_at']
    ]
    for (const [table, column] of columns) {
      const bad = one(db, `SELECT COUNT(*) FROM ${table} WHERE ${column} IS NOT NULL AND ${column} NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'`)
      expect(bad, `${table}.${column}`).toBe(0)
    }
    expect(one(db, `SELECT COUNT(*) FROM orders WHERE updated_at < created_at OR updated_at > ?`, A)).toBe(0)
    expect(one(db, `SELECT COUNT(*) FROM incoming_stock WHERE ordered_at > ? OR received_at > ?`, A, A)).toBe(0)
  })

  it('incoming stock holds received deliveries, open ones due before and after the waiting orders\' deadlines, and overdue ones', () => {
    const received = all<{ quantity: number; product_id: number; m_qty: number; m_product: number; m_type: string; received_at: string; m_at: string }>(
      db,
      `SELECT i.quantity, i.product_id, i.received_at, m.quantity AS m_qty, m.product_id AS m_product, m.type AS m_type, m.created_at AS m_at
       FROM incoming_stock i JOIN stock_movements m ON m.id = i.movement_id WHERE i.status = 'received'`
    )
    expect(received.length).toBe(one(db, `SELECT COUNT(*) FROM incoming_stock WHERE status = 'received'`))
    expect(received.length).toBeGreaterThan(50)
    for (const r of received) expect([r.m_type, r.m_qty, r.m_product, r.m_at]).toEqual(['receive', r.quantity, r.product_id, r.received_at])
    expect(one(db, `SELECT COUNT(*) FROM incoming_stock WHERE status <> 'received' AND (movement_id IS NOT NULL OR received_at IS NOT NULL)`)).toBe(0)
    expect(one(db, `SELECT COUNT(*) FROM incoming_stock WHERE status = 'open' AND expected_at < ?`, A)).toBeGreaterThanOrEqual(2)
    // For SKUs that are empty with orders waiting: some deliveries land in time for
    // at least some of those orders, others only after every deadline has passed.
    const restocks = all<{ expected_at: string; last_deadline: string }>(
      db,
      `SELECT i.expected_at, d.last_deadline FROM incoming_stock i JOIN products p ON p.id = i.product_id JOIN ${OPEN_DEMAND} d ON d.pid = p.id
       WHERE p.on_hand = 0 AND i.status = 'open' AND i.expected_at > ?`,
      A
    )
    expect(restocks.some((r) => r.expected_at < r.last_deadline)).toBe(true)
    expect(restocks.some((r) => r.expected_at > r.last_deadline)).toBe(true)
  })

  it('the load is recorded in the audit log with its seed', () => {
    const entries = all<{ action: string; entity: string; detail: string; at: string }>(db, `SELECT * FROM audit_log`)
    expect(entries).toEqual([expect.objectContaining({ action: 'demo.load', entity: 'shop', at: A })])
    expect(JSON.parse(entries[0]?.detail ?? '{}')).toEqual({ seed: 42 })
  })

  it('loading into a non-empty shop is refused and changes nothing', () => {
    const before = dumpAll(db)
    expect(isShopEmpty(db)).toBe(false)
    let error: unknown
    try {
      loadDemoShop(ctx, { seed: 7 })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('conflict')
    expect((error as AppError).messageKey).toBe('errors.demo_not_empty')
    expect(dumpAll(db)).toBe(before)
  })
})

describe('demo shop generation', () => {
  it('the same seed and anchor produce identical data; another seed differs', () => {
    const a = freshCtx()
    const b = freshCtx()
    const c = freshCtx()
    loadDemoShop(a, { seed: 5, anchor: ANCHOR })
    loadDemoShop(b, { seed: 5, anchor: ANCHOR })
    loadDemoShop(c, { seed: 6, anchor: ANCHOR })
    expect(dumpAll(a.db)).toBe(dumpAll(b.db))
    expect(dumpAll(c.db)).not.toBe(dumpAll(a.db))
  })

  it('the anchor defaults to the context clock', () => {
    const now = new Date('2025-03-15T12:34:00Z')
    const ctx = freshCtx(now)
    loadDemoShop(ctx, { seed: 3 })
    const last = String(ctx.db.prepare(`SELECT MAX(paid_at) FROM orders`).pluck().get())
    expect(Date.parse(last)).toBeLessThan(now.getTime())
    expect(Date.parse(last)).toBeGreaterThan(now.getTime() - DAY)
  })

  it('a shop with only a supplier is not empty, and the demo is refused there', () => {
    const ctx = freshCtx()
    expect(isShopEmpty(ctx.db)).toBe(true)
    ctx.db.prepare(`INSERT INTO suppliers (name, created_at) VALUES ('某供应商', ?)`).run(A)
    expect(isShopEmpty(ctx.db)).toBe(false)
    expect(() => loadDemoShop(ctx, { seed: 1 })).toThrow(AppError)
    expect(one(ctx.db, `SELECT COUNT(*) FROM products`)).toBe(0)
  })

  it.each([
    [1, '2026-03-01T08:45:00Z'],
    [2, '2025-07-15T09:20:00Z'],
    [3, '2026-01-01T15:59:00Z'],
    [4, '2026-06-10T07:30:00Z']
  ])('seed %i at %s still tells the whole stockout story', (seed, anchor) => {
    const ctx = freshCtx(new Date(anchor))
    loadDemoShop(ctx, { seed })
    expectCoreStory(ctx.db, new Date(anchor).toISOString())
  })
})

import { describe, expect, it } from 'vitest'
import type { CoreContext } from '../../src/main/core/context'
import { openDatabase, type Db } from '../../src/main/core/db/open'
import { addBulkOrders, addBulkProducts } from '../../src/main/core/demo/bulk'
import { loadDemoShop } from '../../src/main/core/demo/load'
import { ORDER_NO_PATTERNS } from '../../src/main/core/demo/order-numbers'
import { AppError } from '../../src/shared/errors'

const ANCHOR = new Date('2026-11-26T02:00:00Z')

function freshCtx(): CoreContext {
  return { db: openDatabase(':memory:'), now: () => ANCHOR, dbPath: ':memory:', appVersion: 'test' }
}

const one = (db: Db, sql: string): number => Number(db.prepare(sql).pluck().get())

describe('bulk loaders', () => {
  it('bulk orders add the requested count of one-line orders over existing SKUs, without touching stock', () => {
    const ctx = freshCtx()
    loadDemoShop(ctx, { seed: 1 })
    const orders = one(ctx.db, `SELECT COUNT(*) FROM orders`)
    const movements = one(ctx.db, `SELECT COUNT(*) FROM stock_movements`)

    expect(addBulkOrders(ctx, { count: 5000, seed: 9 })).toBe(5000)

    expect(one(ctx.db, `SELECT COUNT(*) FROM orders`)).toBe(orders + 5000)
    expect(one(ctx.db, `SELECT COUNT(*) FROM stock_movements`)).toBe(movements)
    const added = `SELECT * FROM orders WHERE id > ${orders}`
    expect(one(ctx.db, `SELECT COUNT(*) FROM order_lines WHERE order_id > ${orders}`)).toBe(5000)
    expect(one(ctx.db, `SELECT COUNT(*) FROM order_lines l JOIN products p ON p.id = l.product_id WHERE l.order_id > ${orders} AND l.merchant_code = p.merchant_code`)).toBe(5000)
    expect(one(ctx.db, `SELECT COUNT(*) FROM (${added}) o WHERE paid_fen <> (SELECT SUM(amount_fen) FROM order_lines WHERE order_id = o.id)`)).toBe(0)
    expect(one(ctx.db, `SELECT COUNT(DISTINCT status) FROM (${added})`)).toBe(5)
    expect(one(ctx.db, `SELECT COUNT(*) FROM (${added}) WHERE status = 'awaiting_shipment'`)).toBeGreaterThan(1000)
    expect(one(ctx.db, `SELECT COUNT(*) FROM (${added}) WHERE paid_at >= '${ANCHOR.toISOString()}' OR shipped_at >= '${ANCHOR.toISOString()}'`)).toBe(0)
    const numbers = ctx.db.prepare(`SELECT platform, order_no FROM (${added})`).all() as { platform: 'pdd' | 'taobao' | 'douyin'; order_no: string }[]
    for (const n of numbers) expect(n.order_no).toMatch(ORDER_NO_PATTERNS[n.platform])
  })

  it('the same seed twice still adds distinct orders', () => {
    const ctx = freshCtx()
    addBulkProducts(ctx, { count: 50, seed: 1 })
    addBulkOrders(ctx, { count: 2000, seed: 4 })
    addBulkOrders(ctx, { count: 2000, seed: 4 })
    expect(one(ctx.db, `SELECT COUNT(*) FROM orders`)).toBe(4000)
    // Each order is in its platform's default shop, created once per platform.
    expect(one(ctx.db, `SELECT COUNT(*) FROM orders o JOIN shops s ON s.id = o.shop_id AND s.platform = o.platform AND s.is_default = 1`)).toBe(4000)
    expect(one(ctx.db, `SELECT COUNT(*) FROM shops`)).toBe(3)
  })

  it('bulk orders need SKUs to sell', () => {
    const ctx = freshCtx()
    expect(() => addBulkOrders(ctx, { count: 10, seed: 1 })).toThrow(AppError)
    expect(one(ctx.db, `SELECT COUNT(*) FROM orders`)).toBe(0)
  })

  it('bulk products add the requested count of SKUs, each opened with one stock count', () => {
    const ctx = freshCtx()
    loadDemoShop(ctx, { seed: 2 })
    const skus = one(ctx.db, `SELECT COUNT(*) FROM products`)

    expect(addBulkProducts(ctx, { count: 3000, seed: 3 })).toBe(3000)

    expect(one(ctx.db, `SELECT COUNT(*) FROM products`)).toBe(skus + 3000)
    expect(one(ctx.db, `SELECT COUNT(*) FROM stock_movements WHERE product_id > ${skus}`)).toBe(3000)
    expect(one(ctx.db, `SELECT COUNT(*) FROM stock_movements WHERE product_id > ${skus} AND (type <> 'count' OR counted <> quantity)`)).toBe(0)
    expect(one(ctx.db, `SELECT COUNT(*) FROM products WHERE on_hand <> (SELECT SUM(quantity) FROM stock_movements m WHERE m.product_id = products.id)`)).toBe(0)
    expect(one(ctx.db, `SELECT COUNT(*) FROM products WHERE id > ${skus} AND on_hand = 0`)).toBeGreaterThan(0)
    expect(one(ctx.db, `SELECT COUNT(*) FROM products WHERE id > ${skus} AND supplier_id IS NOT NULL`)).toBeGreaterThan(0)
  })

  it('100,000 bulk orders and 100,000 bulk SKUs load', () => {
    const ctx = freshCtx()
    let t0 = performance.now()
    expect(addBulkProducts(ctx, { count: 100_000, seed: 1 })).toBe(100_000)
    const productsMs = performance.now() - t0
    t0 = performance.now()
    expect(addBulkOrders(ctx, { count: 100_000, seed: 2 })).toBe(100_000)
    const ordersMs = performance.now() - t0
    expect(one(ctx.db, `SELECT COUNT(*) FROM orders`)).toBe(100_000)
    console.info(`bulk: 100,000 SKUs in ${productsMs.toFixed(0)} ms, 100,000 orders in ${ordersMs.toFixed(0)} ms`)
  }, 60_000)
})

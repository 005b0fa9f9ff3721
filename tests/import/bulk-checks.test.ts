// The bulk insert of new orders runs with SQLite's CHECKs off and holds each row to the same rules
// itself (src/main/core/import/bulk-checks.ts). These tests pin that the rules are the schema's, that a
// row breaking one is refused before anything is written, and that no statement keeps the CHECKs off.
import { afterEach, describe, expect, it } from 'vitest'
import { bulkInsertOrders } from '../../src/main/core/import/insert-orders'
import { BulkCheckFailed, CHECKS_ENFORCED_HERE } from '../../src/main/core/import/bulk-checks'
import type { NormalizedOrder } from '../../src/main/core/import/parse'
import { AFTER_SALE_STATUSES, ORDER_PARTS, ORDER_STATUSES, PLATFORMS } from '../../src/shared/types'
import { testShop, type TestShop } from '../helpers/shop'
import { normalizedOrder } from '../helpers/normalized-order'

const order = (orderNo: string, over: Partial<NormalizedOrder> = {}, quantity = 1): NormalizedOrder =>
  normalizedOrder({ orderNo, ...over }, quantity)

/** The CHECK (…) clauses of a CREATE TABLE statement, parentheses balanced, whitespace as written. */
function checksOf(sql: string): string[] {
  const out: string[] = []
  for (let at = sql.indexOf('CHECK ('); at >= 0; at = sql.indexOf('CHECK (', at + 1)) {
    let depth = 0
    const start = at + 'CHECK ('.length
    for (let i = start - 1; i < sql.length; i++) {
      if (sql[i] === '(') depth++
      else if (sql[i] === ')' && --depth === 0) {
        out.push(sql.slice(start, i))
        break
      }
    }
  }
  return out
}

let shop: TestShop | null = null
afterEach(() => {
  shop?.db.close()
  shop = null
})

/** Inserts as the import does, in a transaction; the batch and shop the rows name are beside the point here. */
function insert(s: TestShop, orders: NormalizedOrder[]): void {
  s.db.pragma('foreign_keys = OFF')
  s.db.transaction(() =>
    bulkInsertOrders(
      s.db,
      orders,
      { now: '2026-12-01T00:00:00.000Z', batchId: 1, resolve: () => null, onBatch: () => {}, shopOf: () => 1 }
    )
  )()
}

describe('the rules the bulk insert holds new orders to with CHECKs off', () => {
  it('are exactly the CHECKs of orders and order_lines in the migrated schema', () => {
    shop = testShop()
    const sqlOf = (table: string) => (shop!.db.prepare(`SELECT sql FROM sqlite_schema WHERE name = ?`).get(table) as { sql: string }).sql
    expect(checksOf(sqlOf('orders')).sort()).toEqual([...CHECKS_ENFORCED_HERE.orders].sort())
    expect(checksOf(sqlOf('order_lines')).sort()).toEqual([...CHECKS_ENFORCED_HERE.order_lines].sort())
  })

  it('check the IN-lists against the same values the app’s types list', () => {
    const inList = (column: string, values: readonly string[]) => `${column} IN (${values.map((v) => `'${v}'`).join(',')})`
    expect(CHECKS_ENFORCED_HERE.orders).toEqual(
      expect.arrayContaining([
        inList('platform', PLATFORMS),
        inList('status', ORDER_STATUSES),
        inList('after_sale', AFTER_SALE_STATUSES),
        inList('order_part', ORDER_PARTS)
      ])
    )
  })

  it('refuse a status, an amount or a quantity the database would refuse, before any order is written', () => {
    shop = testShop()
    const s = shop
    const count = () => (s.db.prepare('SELECT COUNT(*) AS n FROM orders').get() as { n: number }).n
    for (const bad of [
      order('B1', { status: 'lost' as never }),
      order('B2', { paidFen: -1 }),
      order('B3', { refundFen: -5 }),
      order('B4', {}, 0),
      order('B5', { platform: 'jd' as never })
    ]) {
      expect(() => insert(s, [order('OK1'), bad])).toThrow(BulkCheckFailed)
      expect(count()).toBe(0)
    }
    insert(s, [order('OK1'), order('OK2', { refundFen: 0, status: 'cancelled', afterSale: 'refunded' })])
    expect(count()).toBe(2)
  })

  it('leave the connection’s CHECKs on afterwards, for new statements and for ones prepared before', () => {
    shop = testShop()
    const s = shop
    const earlier = s.db.prepare('UPDATE orders SET status = ? WHERE order_no = ?')
    insert(s, [order('A1')])
    expect(s.db.pragma('ignore_check_constraints', { simple: true })).toBe(0)
    expect(() => earlier.run('lost', 'A1')).toThrow(/CHECK constraint failed/)
    expect(() => s.db.prepare('UPDATE order_lines SET quantity = 0').run()).toThrow(/CHECK constraint failed/)
  })
})

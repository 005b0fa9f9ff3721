// A re-import starts by reading which orders the shop already holds (number → id and stored digest).
// It reads the table in slices of ids; these tests pin that no order is lost or doubled at a slice's
// edge, whatever the gaps in the ids, and that another platform's orders never answer.
import { afterEach, describe, expect, it } from 'vitest'
import { loadOrderIndex } from '../../src/main/core/import/existing-orders'
import { testShop, type TestShop } from '../helpers/shop'

let shop: TestShop | null = null
afterEach(() => {
  shop?.db.close()
  shop = null
})

function shopWith(orders: { id: number; platform: string; orderNo: string; digest: string | null }[]): TestShop {
  shop = testShop()
  const insert = shop.db.prepare(
    `INSERT INTO orders (id, platform, order_no, status, created_at, updated_at, import_hash)
     VALUES (?, ?, ?, 'awaiting_shipment', '2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z', ?)`
  )
  shop.db.transaction(() => {
    for (const o of orders) insert.run(o.id, o.platform, o.orderNo, o.digest)
  })()
  return shop
}

describe('the index of stored orders a re-import compares against', () => {
  it('answers id and digest for each of the platform’s orders, and nothing for an order it has not seen', () => {
    const { db } = shopWith([
      { id: 3, platform: 'pdd', orderNo: 'A', digest: 'dA' },
      { id: 7, platform: 'pdd', orderNo: 'B', digest: null },
      { id: 5, platform: 'taobao', orderNo: 'C', digest: 'dC' }
    ])
    const index = loadOrderIndex(db, 'pdd')
    expect(index.size).toBe(2)
    expect([index.id('A'), index.digest('A')]).toEqual([3, 'dA'])
    expect([index.id('B'), index.digest('B')]).toEqual([7, null])
    expect(index.has('C')).toBe(false)
    expect(index.id('C')).toBeUndefined()
    expect(index.digest('nope')).toBeUndefined()
  })

  it('holds every order of a shop larger than one slice, across gaps in the ids and other platforms’ orders between them', () => {
    const orders: { id: number; platform: string; orderNo: string; digest: string | null }[] = []
    // 40,000 ids with gaps of varying width; every fifth order belongs to another platform.
    let id = -5
    for (let i = 0; i < 40_000; i++) {
      id += 1 + (i % 7 === 0 ? 1000 : i % 3)
      orders.push({ id, platform: i % 5 === 0 ? 'douyin' : 'pdd', orderNo: `N${i}`, digest: i % 11 === 0 ? null : `d${i}` })
    }
    const { db } = shopWith(orders)
    const index = loadOrderIndex(db, 'pdd')
    const mine = orders.filter((o) => o.platform === 'pdd')
    expect(index.size).toBe(mine.length)
    expect(mine.map((o) => [index.id(o.orderNo), index.digest(o.orderNo)])).toEqual(mine.map((o) => [o.id, o.digest]))
    expect(orders.filter((o) => o.platform === 'douyin' && index.has(o.orderNo))).toEqual([])
  })

  it('is empty for a platform the shop has no orders from', () => {
    const { db } = shopWith([{ id: 1, platform: 'pdd', orderNo: 'A', digest: 'dA' }])
    expect(loadOrderIndex(db, 'taobao').size).toBe(0)
  })
})

import { describe, expect, it } from 'vitest'
import { insertOrder, testShop } from '../helpers/shop'

async function shopWithOrders() {
  const s = testShop()
  const cup = await s.call('products.create', { merchantCode: 'BWB-500-WHT', name: '保温杯', spec: '500ml 白色' })
  await s.call('stock.move', { productId: cup.id, type: 'receive', quantity: 4 })
  const a = insertOrder(s.db, {
    orderNo: '261125-000000000000001',
    paidAt: '2026-11-25T10:00:00.000Z',
    promisedShipAt: '2026-11-27T10:00:00.000Z',
    paidFen: 7980,
    buyerName: '王小明',
    lines: [{ productId: cup.id, merchantCode: 'BWB-500-WHT', title: '保温杯', spec: '500ml 白色', quantity: 2, amountFen: 7980 }]
  })
  const b = insertOrder(s.db, {
    platform: 'douyin',
    orderNo: '6930000000000000001',
    status: 'shipped',
    paidAt: '2026-11-20T10:00:00.000Z',
    paidFen: 1000,
    lines: [
      { productId: null, merchantCode: 'UNKNOWN-9', title: '神秘商品', quantity: 1 },
      { productId: cup.id, merchantCode: 'BWB-500-WHT', title: '保温杯', quantity: 1 }
    ]
  })
  return { s, cup, a, b }
}

describe('orders', () => {
  it('lists newest paid first with a summary of the items', async () => {
    const { s, a, b } = await shopWithOrders()
    const page = await s.call('orders.list', {})
    expect(page.total).toBe(2)
    expect(page.rows.map((r) => r.id)).toEqual([a, b])
    expect(page.rows[0]).toMatchObject({
      itemsSummary: '保温杯 500ml 白色 ×2',
      totalQuantity: 2,
      lineCount: 1,
      status: 'awaiting_shipment'
    })
    expect(page.rows[1]).toMatchObject({ lineCount: 2, totalQuantity: 2 })
  })

  it('filters by status, platform and SKU, and searches order numbers, buyers and merchant codes', async () => {
    const { s, a, b, cup } = await shopWithOrders()
    expect((await s.call('orders.list', { status: 'shipped' })).rows.map((r) => r.id)).toEqual([b])
    expect((await s.call('orders.list', { platform: 'pdd' })).rows.map((r) => r.id)).toEqual([a])
    expect((await s.call('orders.list', { search: '6930000' })).rows.map((r) => r.id)).toEqual([b])
    expect((await s.call('orders.list', { search: '王小明' })).rows.map((r) => r.id)).toEqual([a])
    expect((await s.call('orders.list', { search: 'UNKNOWN-9' })).rows.map((r) => r.id)).toEqual([b])
    expect((await s.call('orders.list', { productId: cup.id })).total).toBe(2)
    expect((await s.call('orders.list', { sort: 'paidFen', dir: 'asc' })).rows.map((r) => r.id)).toEqual([b, a])
  })

  it('sorts orders without a promised ship time last in either direction', async () => {
    const { s, a, b } = await shopWithOrders()
    expect((await s.call('orders.list', { sort: 'promisedShipAt', dir: 'asc' })).rows.map((r) => r.id)).toEqual([a, b])
    expect((await s.call('orders.list', { sort: 'promisedShipAt', dir: 'desc' })).rows.map((r) => r.id)).toEqual([a, b])
  })

  it('order detail shows every line, the mapped SKU’s on hand, and marks unmapped lines', async () => {
    const { s, b } = await shopWithOrders()
    const o = await s.call('orders.get', { id: b })
    expect(o.orderNo).toBe('6930000000000000001')
    expect(o.lines.map((l) => [l.merchantCode, l.productId === null ? null : l.onHand])).toEqual([
      ['UNKNOWN-9', null],
      ['BWB-500-WHT', 4]
    ])
    expect((await s.fail('orders.get', { id: 999 })).code).toBe('not_found')
    expect((await s.fail('orders.list', { status: 'lost' })).field).toBe('status')
  })
})

describe('shop status', () => {
  it('counts SKUs, orders by status, open orders and SKUs out of stock with waiting orders', async () => {
    const { s, cup } = await shopWithOrders()
    const empty = await s.call('products.create', { merchantCode: 'E-1', name: '空' })
    insertOrder(s.db, { orderNo: '261126-000000000000009', lines: [{ productId: empty.id, merchantCode: 'E-1', quantity: 1 }] })
    s.db.prepare('UPDATE products SET safety_stock = 10 WHERE id = ?').run(cup.id)
    expect(await s.call('shop.status', {})).toEqual({
      skus: 2,
      suppliers: 0,
      orders: 3,
      ordersByStatus: { unpaid: 0, awaiting_shipment: 2, shipped: 1, received: 0, cancelled: 0 },
      openOrders: 2,
      outOfStockSkus: 1,
      outOfStockWithDemand: 1,
      belowSafetyStock: 1,
      isEmpty: false,
      demo: null
    })
  })

  it('an empty shop says so', async () => {
    expect((await testShop().call('shop.status', {})).isEmpty).toBe(true)
  })
})

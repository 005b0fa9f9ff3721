// The open orders are read in one pass when each order's rows come together in id
// order (both query plans give that), and by the general two-pass path otherwise;
// both must give the same columns the engine's own builder gives.
import { describe, expect, it } from 'vitest'
import { openOrdersFrom, type EngineOrder } from '../../src/main/core/engine/allocate'
import { fromAnyRows, fromGroupedRows, loadOpenOrders, type OpenOrderRow } from '../../src/main/core/engine/load'
import { PLATFORMS } from '../../src/shared/types'
import { testShop } from '../helpers/shop'

const orders: EngineOrder[] = [
  { id: 3, platform: 'pdd', orderNo: 'A3', paidAt: '2026-11-01T01:00:00.000Z', promisedShipAt: null, paidFen: 990, lines: [{ productId: 7, quantity: 2, merchantCode: 'X' }] },
  {
    id: 5,
    platform: 'taobao',
    orderNo: 'B5',
    paidAt: null,
    promisedShipAt: '2026-11-03T01:00:00.000Z',
    paidFen: 100,
    presale: true,
    lines: [
      { productId: 1, quantity: 1, merchantCode: 'P1' },
      { productId: null, quantity: 4, merchantCode: 'UNKNOWN' },
      { productId: 1, quantity: 2, merchantCode: 'P1' }
    ]
  },
  { id: 9, platform: 'douyin', orderNo: 'C9', paidAt: '2026-11-02T01:00:00.000Z', promisedShipAt: null, paidFen: 0, lines: [{ productId: 2, quantity: 1, merchantCode: 'P2' }] }
]

const rowsOf = (list: EngineOrder[]): OpenOrderRow[] =>
  list.flatMap((o) =>
    o.lines.map(
      (l): OpenOrderRow => [o.id, PLATFORMS.indexOf(o.platform), o.paidAt, o.promisedShipAt, o.paidFen, l.productId, l.quantity, l.productId === null ? l.merchantCode : '', o.presale ? 1 : 0, 0]
    )
  )

// Order numbers are not in the rows (they are read on demand, see below).
const plain = (o: ReturnType<typeof openOrdersFrom>) => ({
  count: o.count,
  id: [...o.id],
  platform: o.platform,
  paidAt: o.paidAt,
  promisedShipAt: o.promisedShipAt,
  presale: [...o.presale],
  paidFen: [...o.paidFen],
  lineStart: [...o.lineStart],
  linePid: [...o.linePid],
  lineQty: [...o.lineQty],
  lineCode: [...o.lineCode]
})

describe('loading open orders as columns', () => {
  it('gives the same columns from grouped rows in one pass as the engine builds from the orders', () => {
    expect(plain(fromGroupedRows(rowsOf(orders)))).toEqual(plain(openOrdersFrom(orders)))
  })

  it('gives the same columns from rows in any order, keeping each order’s lines in the order they came', () => {
    const rows = rowsOf(orders)
    // Interleave: order 5's lines split around order 9's and order 3's.
    const mixed = [rows[1]!, rows[4]!, rows[2]!, rows[0]!, rows[3]!]
    const expected = openOrdersFrom([orders[1]!, orders[2]!, orders[0]!])
    expect(plain(fromAnyRows(mixed))).toEqual(plain(expected))
  })

  it('reads a shop’s open orders with their lines, and only the open ones', async () => {
    const s = testShop(':memory:')
    const a = await s.call('products.create', { merchantCode: 'A', name: 'A' })
    const b = await s.call('products.create', { merchantCode: 'B', name: 'B' })
    const insert = s.db.prepare(
      `INSERT INTO orders (id, platform, order_no, status, paid_fen, paid_at, created_at, updated_at) VALUES (?, 'pdd', ?, ?, 100, '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z')`
    )
    const line = s.db.prepare('INSERT INTO order_lines (order_id, line_no, merchant_code, quantity, product_id) VALUES (?, ?, ?, ?, ?)')
    insert.run(1, 'O1', 'awaiting_shipment')
    line.run(1, 1, 'A', 1, a.id)
    line.run(1, 2, 'B', 2, b.id)
    insert.run(2, 'O2', 'shipped')
    line.run(2, 1, 'A', 5, a.id)
    insert.run(3, 'O3', 'awaiting_shipment')
    line.run(3, 1, 'NOPE', 3, null)
    const o = loadOpenOrders(s.db)
    expect({ ids: [...o.id], lineStart: [...o.lineStart], pid: [...o.linePid], qty: [...o.lineQty], code: o.lineCode }).toEqual({
      ids: [1, 3],
      lineStart: [0, 2, 3],
      pid: [a.id, b.id, 0],
      qty: [1, 2, 3],
      code: ['', '', 'NOPE']
    })
    // Read when asked for, by order index, in the order asked.
    expect(o.orderNo([1, 0])).toEqual(['O3', 'O1'])
  })

  it.each([
    // Open orders a fair share of all ids: the table is scanned 16,384 ids at a time (two slices here).
    ['scanned a slice of ids at a time', Array.from({ length: 20_000 }, (_, i) => i + 1), 0],
    // A few open orders among many ids: looked up through the status index.
    ['looked up by status among many closed orders', [3, 90_000], 40]
  ])('reads every open order once, in id order, with all its lines (%s)', async (_, openIds, closed) => {
    const s = testShop(':memory:')
    const a = await s.call('products.create', { merchantCode: 'A', name: 'A' })
    const insert = s.db.prepare(
      `INSERT INTO orders (id, platform, order_no, status, paid_fen, paid_at, created_at, updated_at) VALUES (?, 'pdd', ?, ?, 100, '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z')`
    )
    const line = s.db.prepare('INSERT INTO order_lines (order_id, line_no, merchant_code, quantity, product_id) VALUES (?, ?, ?, ?, ?)')
    s.db.transaction(() => {
      for (const id of openIds) {
        insert.run(id, `O${id}`, 'awaiting_shipment')
        line.run(id, 1, 'A', 1, a.id)
        line.run(id, 2, 'A', 2, a.id)
      }
      for (let i = 0; i < closed; i++) {
        insert.run(100 + i, `S${i}`, 'shipped')
        line.run(100 + i, 1, 'A', 1, a.id)
      }
    })()
    const o = s.db.transaction(() => loadOpenOrders(s.db))()
    expect([...o.id]).toEqual(openIds)
    expect([...o.lineStart]).toEqual(openIds.map((_, i) => i * 2).concat(openIds.length * 2))
    expect([...o.lineQty]).toEqual(openIds.flatMap(() => [1, 2]))
    expect(o.orderNo([0, openIds.length - 1])).toEqual([`O${openIds[0]}`, `O${openIds.at(-1)}`])
  })
})

import { describe, expect, it } from 'vitest'
import {
  csvText,
  encode,
  TAOBAO_CLASSIC_HEADERS,
  TAOBAO_ITEM_HEADERS,
  taobaoClassicRow,
  taobaoItemRow,
  pddCsv,
  pddOrderNo
} from '../import/fixtures'
import { runImport, stockedShop, triage, type ImportFile } from './helpers'

const A = '2026112612345678901'
const B = '2026112612345678902'
const C = '2026112612345678903'

// The two files 千牛 downloads together: no merchant code in the order report.
const orderReport: ImportFile = {
  fileName: 'ExportOrderList202611261030.csv',
  bytes: encode(
    csvText(TAOBAO_CLASSIC_HEADERS, [
      taobaoClassicRow({ orderNo: A, paidAt: '2026/11/26 9:00' }),
      taobaoClassicRow({ orderNo: B, paidAt: '2026/11/26 9:30' }),
      taobaoClassicRow({ orderNo: C, paidAt: '2026/11/26 9:40', presale: '阶段1：定金已付；阶段2：尾款 2026-12-10 发货' })
    ]),
    'gb18030'
  )
}
const itemReport: ImportFile = {
  fileName: 'ExportOrderDetailList202611261030.csv',
  bytes: encode(
    csvText(TAOBAO_ITEM_HEADERS, [
      taobaoItemRow({ orderNo: A, code: '007-MUG', qty: '2' }),
      taobaoItemRow({ orderNo: A, code: '008-SPOON', qty: '1', title: '勺子' }),
      taobaoItemRow({ orderNo: B, code: '007-MUG', qty: '1' }),
      taobaoItemRow({ orderNo: C, code: '008-SPOON', qty: '1' })
    ]),
    'gb18030'
  )
}

async function shop() {
  return stockedShop([
    ['007-MUG', 2],
    ['008-SPOON', 5]
  ])
}

async function linesOf(s: Awaited<ReturnType<typeof shop>>, orderNo: string): Promise<[string, number][]> {
  const id = (await s.call('orders.list', { search: orderNo })).rows[0]!.id
  return (await s.call('orders.get', { id })).lines.map((l) => [l.merchantCode, l.quantity])
}

describe("Taobao's two files", () => {
  it('imported together, join on 订单编号 into orders with their lines; ready/short follow the stock', async () => {
    const s = await shop()
    const job = await runImport(s, [orderReport, itemReport])
    expect(job.report).toMatchObject({ applied: true, blocked: false, created: 3, files: [orderReport.fileName, itemReport.fileName] })
    expect(job.report!.join).toMatchObject({ joined: 3, ordersWithoutItems: 0, itemsWithoutOrder: 0 })
    expect(await linesOf(s, A)).toEqual([
      ['007-MUG', 2],
      ['008-SPOON', 1]
    ])
    const t = await triage(s)
    // A (paid first) takes both mugs; B is short of the mug.
    expect(t.get(A)).toMatchObject({ state: 'ready', deadlineSource: 'derived', paidFen: 5550, buyerName: '李四' })
    expect(t.get(B)).toMatchObject({ state: 'short', shortSku: '007-MUG' })
    // Pre-sale: ships by its own date, never on the 48 h default.
    expect(t.get(C)).toMatchObject({ presale: true, deadline: null, deadlineSource: 'none' })
  })

  for (const [name, first, second] of [
    ['order report first', orderReport, itemReport],
    ['item report first', itemReport, orderReport]
  ] as const) {
    it(`one after the other (${name}) gives the same orders, and re-importing either changes nothing`, async () => {
      const s = await shop()
      const one = await runImport(s, [first])
      const missing = first === orderReport ? 'ordersWithoutItems' : 'itemsWithoutOrder'
      expect(one.report!.join).toMatchObject({ joined: 0, [missing]: 3 })
      if (first === orderReport) {
        // Orders with no items yet take no stock and are never ready or short.
        expect((await triage(s)).size).toBe(0)
        expect((await s.call('orders.list', { search: A })).rows[0]).toMatchObject({ part: 'order', lineCount: 0 })
      }
      const two = await runImport(s, [second])
      expect(two.report).toMatchObject({ created: 0, updated: 3 })
      expect(two.report!.join).toMatchObject({ joined: 3, ordersWithoutItems: 0, itemsWithoutOrder: 0 })
      expect(await linesOf(s, A)).toEqual([
        ['007-MUG', 2],
        ['008-SPOON', 1]
      ])
      const o = (await s.call('orders.list', { search: A })).rows[0]!
      expect(o).toMatchObject({ part: 'whole', paidFen: 5550, buyerName: '李四', status: 'awaiting_shipment' })
      const t = await triage(s)
      expect(t.get(A)!.state).toBe('ready')
      expect(t.get(B)!.state).toBe('short')
      for (const f of [orderReport, itemReport, orderReport]) {
        const again = await runImport(s, [f])
        expect(again.report, f.fileName).toMatchObject({ created: 0, updated: 0, unchanged: 3 })
      }
      expect((s.db.prepare('SELECT COUNT(*) AS n FROM order_lines').get() as { n: number }).n).toBe(4)
    })
  }

  it('files from different platforms are refused as a whole, nothing written', async () => {
    const s = await shop()
    const job = await runImport(s, [orderReport, { fileName: 'pdd.csv', bytes: pddCsv([{ orderNo: pddOrderNo(1) }]) }])
    expect(job.report).toMatchObject({ applied: false, blocked: true })
    expect(job.report!.errors[0]).toMatchObject({ row: 0, code: 'mixed_platforms' })
    expect((s.db.prepare('SELECT COUNT(*) AS n FROM orders').get() as { n: number }).n).toBe(0)
  })
})

describe('bundles', () => {
  it('a bundle order takes its components; the shortage, alerts and demand speak of the component', async () => {
    const s = await stockedShop([
      ['A001', 3],
      ['B011', 3]
    ])
    const b = await s.call('bundles.set', {
      code: 'SET-1',
      name: '杯勺套装',
      parts: [
        { merchantCode: 'A001', quantity: 1 },
        { merchantCode: 'B011', quantity: 2 }
      ]
    })
    expect(b.parts.map((p) => [p.merchantCode, p.quantity])).toEqual([
      ['A001', 1],
      ['B011', 2]
    ])
    const job = await runImport(s, [
      {
        fileName: 'pdd.csv',
        bytes: pddCsv([
          { orderNo: pddOrderNo(1), code: 'SET-1', shipBy: '2026-11-27 10:00:00' },
          { orderNo: pddOrderNo(2), code: 'SET-1', shipBy: '2026-11-27 11:00:00' }
        ])
      }
    ])
    expect(job.report!.unknownSkus).toEqual([])
    const t = await triage(s)
    expect(t.get(pddOrderNo(1))!.state).toBe('ready')
    // The second set needs 2 more B011 but only 1 is left.
    expect(t.get(pddOrderNo(2))).toMatchObject({ state: 'short', shortSku: 'B011' })
    const list = await s.call('bundles.list', {})
    expect(list[0]).toMatchObject({ code: 'SET-1', lines: 2, openOrders: 2 })
    // Shipping the first set takes its components off the shelf.
    await runImport(s, [
      {
        fileName: 'pdd2.csv',
        bytes: pddCsv([{ orderNo: pddOrderNo(1), code: 'SET-1', status: '已发货，待签收', shipBy: '2026-11-27 10:00:00' }])
      }
    ])
    const b011 = await s.call('products.byCode', { merchantCode: 'B011' })
    expect(b011.onHand).toBe(1)
    expect((await s.call('products.byCode', { merchantCode: 'A001' })).onHand).toBe(2)
    // A bundle code may not be a SKU's code, and its parts must exist.
    expect((await s.fail('bundles.set', { code: 'A001', parts: [{ merchantCode: 'B011', quantity: 1 }] })).code).toBe('conflict')
    expect((await s.fail('bundles.set', { code: 'SET-2', parts: [{ merchantCode: 'NOPE', quantity: 1 }] })).code).toBe('not_found')
    expect(await s.call('bundles.remove', { code: 'SET-1' })).toEqual({ deleted: true })
    expect((await triage(s)).get(pddOrderNo(2))!.state).toBe('unmapped')
  })
})

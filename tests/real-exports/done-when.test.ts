// Issue #11's "Done when", checked as written: each case on a fresh shop database (a real SQLite
// file, every migration run) whose stock came in through a stock-list import, then the platform
// export imported through the same calls the import screen makes.
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { closeDatabase } from '../../src/main/core/db/open'
import { TEST_NOW } from '../helpers/clock'
import { tempDir, testShop, type TestShop } from '../helpers/shop'
import {
  csvText,
  douyinCsv,
  douyinRow,
  encode,
  pddCsv,
  pddOrderNo,
  TAOBAO_CLASSIC_HEADERS,
  TAOBAO_ITEM_HEADERS,
  taobaoClassicRow,
  taobaoItemRow
} from '../import/fixtures'
import { runImport, triage, type ImportFile } from './helpers'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

/** A fresh database file with this stock list imported (商家编码, 商品名称, 库存[, 组合明细]). */
async function freshShopWithStockList(list: string): Promise<TestShop> {
  const t = tempDir()
  const s = testShop(join(t.dir, 'shop.db'), () => TEST_NOW)
  cleanups.push(() => {
    closeDatabase(s.db)
    t.cleanup()
  })
  const job = await runImport(s, [{ fileName: '库存表.csv', bytes: new TextEncoder().encode(list) }], { kind: 'stock' })
  expect(job.report).toMatchObject({ applied: true, blocked: false })
  return s
}

const openOrders = async (s: TestShop): Promise<string[]> =>
  (await s.call('orders.list', { status: 'awaiting_shipment', limit: 100 })).rows.map((o) => o.orderNo).sort()

describe('issue #11 done when', () => {
  it('a PDD export with every real status imports with no block; only the 待发货 orders are open; the partial refund is flagged', async () => {
    const s = await freshShopWithStockList('商家编码,商品名称,库存\nBWB-500-WHT,保温杯,10\n')
    const no = pddOrderNo
    const job = await runImport(s, [
      {
        fileName: '拼多多订单导出.csv',
        bytes: pddCsv([
          { orderNo: no(1), status: '待发货' },
          { orderNo: no(2), status: '已发货，待签收' },
          { orderNo: no(3), status: '已签收' },
          { orderNo: no(4), status: '未发货，退款成功' },
          { orderNo: no(5), status: '已发货，退款成功' },
          { orderNo: no(6), status: '待发货', afterSale: '退款成功' }
        ])
      }
    ])
    expect(job.report).toMatchObject({ blocked: false, applied: true, created: 6, skipped: 0, errors: [], unknownStatuses: [], refundsFlagged: 1 })
    expect(await openOrders(s)).toEqual([no(1), no(6)])
    const t = await triage(s)
    expect(t.get(no(6))).toMatchObject({ refundFlag: true, state: 'ready' })
    expect(t.get(no(1))).toMatchObject({ refundFlag: false, state: 'ready' })
  })

  it('a Douyin export with 已全额退款 and 补寄成功 imports', async () => {
    const s = await freshShopWithStockList('商家编码,商品名称,库存\nSY-PINK-L,睡衣,5\n')
    const id = (i: number) => `69${String(i).padStart(17, '0')}`
    const job = await runImport(s, [
      {
        fileName: '抖店订单.csv',
        bytes: douyinCsv([
          douyinRow({ orderNo: id(1), subNo: id(101), status: '已关闭', afterSale: '已全额退款' }),
          douyinRow({ orderNo: id(2), subNo: id(102), status: '已发货', afterSale: '补寄成功' })
        ])
      }
    ])
    expect(job.report).toMatchObject({ blocked: false, applied: true, created: 2, skipped: 0, errors: [] })
    expect(job.report!.warnings).toEqual([])
  })

  const A = '2026112612345678901'
  const B = '2026112612345678902'
  const orderReport: ImportFile = {
    fileName: 'ExportOrderList202611261030.csv',
    bytes: encode(
      csvText(TAOBAO_CLASSIC_HEADERS, [taobaoClassicRow({ orderNo: A, paidAt: '2026/11/26 9:00' }), taobaoClassicRow({ orderNo: B, paidAt: '2026/11/26 9:30' })]),
      'gb18030'
    )
  }
  const itemReport: ImportFile = {
    fileName: 'ExportOrderDetailList202611261030.csv',
    bytes: encode(
      csvText(TAOBAO_ITEM_HEADERS, [
        taobaoItemRow({ orderNo: A, code: '007-MUG', qty: '2' }),
        taobaoItemRow({ orderNo: A, code: '008-SPOON', qty: '1', title: '勺子' }),
        taobaoItemRow({ orderNo: B, code: '007-MUG', qty: '1' })
      ]),
      'gb18030'
    )
  }
  for (const [name, files] of [
    ['order report, then item report', [[orderReport], [itemReport]]],
    ['item report, then order report', [[itemReport], [orderReport]]],
    ['both together', [[orderReport, itemReport]]]
  ] as const) {
    it(`the Taobao pair (${name}) gives orders with their lines, ready and short right`, async () => {
      const s = await freshShopWithStockList('商家编码,商品名称,库存\n007-MUG,马克杯,2\n008-SPOON,勺子,5\n')
      for (const batch of files) expect((await runImport(s, [...batch])).report).toMatchObject({ applied: true, blocked: false })
      const lines = async (orderNo: string) => {
        const id = (await s.call('orders.list', { search: orderNo })).rows[0]!.id
        return (await s.call('orders.get', { id })).lines.map((l) => [l.merchantCode, l.quantity])
      }
      expect(await lines(A)).toEqual([
        ['007-MUG', 2],
        ['008-SPOON', 1]
      ])
      expect(await lines(B)).toEqual([['007-MUG', 1]])
      const t = await triage(s)
      // A was paid first and takes both mugs; B is short of the mug.
      expect(t.get(A)).toMatchObject({ state: 'ready' })
      expect(t.get(B)).toMatchObject({ state: 'short', shortSku: '007-MUG' })
    })
  }

  it('a bundle order takes its components', async () => {
    const s = await freshShopWithStockList('商家编码,商品名称,库存,组合明细\nA001,保温杯,3,\nB011,杯刷,3,\nSET-1,杯刷套装,,"A001x1,B011x2"\n')
    const job = await runImport(s, [
      {
        fileName: '拼多多订单导出.csv',
        bytes: pddCsv([
          { orderNo: pddOrderNo(1), code: 'SET-1', shipBy: '2026-11-27 10:00:00' },
          { orderNo: pddOrderNo(2), code: 'SET-1', shipBy: '2026-11-27 11:00:00' },
          { orderNo: pddOrderNo(3), code: 'SET-1', status: '已发货，待签收', shipBy: '2026-11-27 09:00:00' }
        ])
      }
    ])
    expect(job.report).toMatchObject({ applied: true, unknownSkus: [] })
    const t = await triage(s)
    // The open sets reserve A001×1 + B011×2 each: the first fits, the second lacks B011.
    expect(t.get(pddOrderNo(1))).toMatchObject({ state: 'ready' })
    expect(t.get(pddOrderNo(2))).toMatchObject({ state: 'short', shortSku: 'B011' })
    const pos = new Map((await s.call('engine.positions', { limit: 10 })).rows.map((r) => [r.merchantCode, r]))
    expect(pos.get('B011')).toMatchObject({ onHand: 3, openUnits: 4 })
    expect(pos.get('A001')).toMatchObject({ onHand: 3, openUnits: 2 })
  })
})

// A re-import passes over the orders the shop holds exactly as the file's rows say (issue 15,
// parse/row-digest.ts): those rows are not read again. Whatever it passes over, the import must end
// as reading every row would have: same report, same orders.
import { describe, expect, it } from 'vitest'
import { runImport } from '../../src/main/core/import/run-import'
import { parseOrderFile } from '../../src/main/core/import/parse'
import { loadOrderIndex } from '../../src/main/core/import/existing-orders'
import { statusMapsOf } from '../../src/main/core/import/status-meanings'
import type { ImportReport } from '../../src/main/core/import/report'
import { testShop, type TestShop } from '../helpers/shop'
import { PDD_HEADERS, pddCsv, type PddRow } from './pdd-csv'
import { douyinCsv, douyinRow, xlsxFile } from '../import/fixtures'
import { ordersRequest } from './request'

const hooks = { onProgress: () => {}, shouldCancel: () => false }

/** Imports as the app does; `appVersion` stands for another release of the app reading the file. */
const run = (s: TestShop, bytes: Uint8Array, opts: { appVersion?: string; more?: Uint8Array[]; fileName?: string } = {}) =>
  runImport({ ...s.ctx, appVersion: opts.appVersion ?? s.ctx.appVersion }, ordersRequest(bytes, opts.more, opts.fileName), hooks)

/** How many orders of the file the parse passes over, read against what the shop stores now. */
async function passedOver(s: TestShop, bytes: Uint8Array, appVersion = s.ctx.appVersion): Promise<number> {
  const parsed = await parseOrderFile(bytes, 'orders.csv', {
    statusMaps: statusMapsOf(s.ctx),
    stored: {
      appVersion,
      forPlatform: (p) => loadOrderIndex(s.db, p)
    }
  })
  return parsed.passed.length
}

/** A shop with the one SKU 'BWB-500-WHT'; 'NEW-1' is unknown to it. */
function shop(): TestShop {
  const s = testShop()
  s.db
    .prepare(`INSERT INTO products (merchant_code, name, created_at, updated_at) VALUES ('BWB-500-WHT', '保温杯', ?, ?)`)
    .run(s.ctx.now().toISOString(), s.ctx.now().toISOString())
  return s
}

/** What a report says, without what differs from one import to the next (batch id, file names). */
const said = (r: ImportReport) => {
  const { batchId: _b, files: _f, fileName: _n, ...rest } = r
  return rest
}

const orders = (s: TestShop) => s.db.prepare('SELECT * FROM orders ORDER BY id').all()
const rowDigests = (s: TestShop) => s.db.prepare('SELECT order_no, import_row_digest FROM orders ORDER BY id').raw().all() as [string, string | null][]

const ROWS: PddRow[] = [
  { orderNo: '261125-1' },
  { orderNo: '261125-2', code: 'NEW-1', title: '保温杯 新款' },
  { orderNo: '261125-3', code: 'NEW-1', title: '保温杯 新款', status: '已发货，待签收' }
]

describe('a re-import passing over the orders the shop holds as the file has them', () => {
  it('passes over every order of an unchanged file, writes none, and reports what reading every row reports', async () => {
    const passing = shop()
    const reading = shop()
    const file = pddCsv(ROWS)
    for (const s of [passing, reading]) await run(s, file)
    const before = orders(passing)
    expect(await passedOver(passing, file)).toBe(3)

    const passed = await run(passing, file)
    // Another version of the app keys rows differently, so this one reads every row.
    expect(await passedOver(reading, file, 'another version')).toBe(0)
    const read = await run(reading, file, { appVersion: 'another version' })

    expect(passed.unchanged).toBe(3)
    expect(passed.unknownSkus).toEqual([{ code: 'NEW-1', title: '保温杯 新款', spec: '500ml 白色', lines: 2 }])
    expect(said(passed)).toEqual(said(read))
    expect(orders(passing)).toEqual(before)
  })

  it('reads an order whose row changed, updates it and keeps its new row digest; the others are passed over', async () => {
    const s = shop()
    await run(s, pddCsv(ROWS))
    const digestsBefore = rowDigests(s)
    const changed = pddCsv(ROWS.map((r) => (r.orderNo === '261125-1' ? { ...r, status: '已发货，待签收' } : r)))
    expect(await passedOver(s, changed)).toBe(2)

    const report = await run(s, changed)
    expect([report.updated, report.unchanged]).toEqual([1, 2])
    expect(s.db.prepare(`SELECT status FROM orders WHERE order_no = '261125-1'`).pluck().get()).toBe('shipped')
    const after = rowDigests(s)
    expect(after[0]![1]).not.toBe(digestsBefore[0]![1])
    expect(after.slice(1)).toEqual(digestsBefore.slice(1))
    expect(await passedOver(s, changed)).toBe(3)
  })

  it('reads every time an order whose row raised a warning, so the warning is said again', async () => {
    const s = shop()
    // Paid back while still to ship: a partial refund, flagged for a check before shipping.
    const file = pddCsv([...ROWS, { orderNo: '261125-4', afterSale: '退款成功' }])
    const first = await run(s, file)
    expect(first.warnings.map((w) => w.code)).toEqual(['refund_on_open_order'])
    expect(rowDigests(s)[3]).toEqual(['261125-4', null])
    expect(await passedOver(s, file)).toBe(3)

    const again = await run(s, file)
    expect(again.warnings.map((w) => w.code)).toEqual(['refund_on_open_order'])
    expect(again.refundsFlagged).toBe(1)
    expect(again.unchanged).toBe(4)
  })

  it('reads every order again when the file is read another way (another release), and keeps the rows’ new digests', async () => {
    const s = shop()
    const file = pddCsv(ROWS)
    await run(s, file)
    const before = rowDigests(s)
    expect(await passedOver(s, file, 'next release')).toBe(0)

    const report = await run(s, file, { appVersion: 'next release' })
    expect(report.unchanged).toBe(3)
    const after = rowDigests(s)
    for (let i = 0; i < after.length; i++) expect(after[i]![1]).not.toBe(before[i]![1])
    expect(await passedOver(s, file, 'next release')).toBe(3)
  })

  it('gives orders stored before row digests theirs at the next import, and passes them over at the one after', async () => {
    const s = shop()
    const file = pddCsv(ROWS)
    await run(s, file)
    s.db.exec('UPDATE orders SET import_row_digest = NULL')
    expect(await passedOver(s, file)).toBe(0)

    expect((await run(s, file)).unchanged).toBe(3)
    expect(rowDigests(s).every(([, d]) => d !== null)).toBe(true)
    expect(await passedOver(s, file)).toBe(3)
  })

  it('reads the file again in full when an order passed over has another row further down', async () => {
    const passing = shop()
    const reading = shop()
    for (const s of [passing, reading]) await run(s, pddCsv(ROWS))
    // 261125-1's first row is as stored; the same order again below with other data is a conflict.
    const file = pddCsv([...ROWS, { orderNo: '261125-1', qty: 2 }])

    const passed = await run(passing, file)
    const read = await run(reading, file, { appVersion: 'another version' })
    expect(passed.blocked).toBe(true)
    expect(passed.errors.map((e) => [e.code, e.row])).toEqual([['duplicate_order', 5]])
    expect(said(passed)).toEqual(said(read))
  })

  it('gives an order passed over that has no shop the import’s shop, as reading it would', async () => {
    const passing = shop()
    const reading = shop()
    const file = pddCsv(ROWS)
    for (const s of [passing, reading]) {
      await run(s, file)
      s.db.exec(`UPDATE orders SET shop_id = NULL WHERE order_no = '261125-2'`)
    }
    expect(await passedOver(passing, file)).toBe(3)
    await run(passing, file)
    await run(reading, file, { appVersion: 'another version' })
    const shops = (s: TestShop) => s.db.prepare('SELECT order_no, shop_id FROM orders ORDER BY id').raw().all()
    expect(shops(passing)).toEqual(shops(reading))
    expect(passing.db.prepare(`SELECT shop_id FROM orders WHERE order_no = '261125-2'`).pluck().get()).not.toBeNull()
  })

  it('reads every order of an import of several files (their orders may be joined or repeated across them)', async () => {
    const s = shop()
    const a = pddCsv(ROWS.slice(0, 2))
    const b = pddCsv(ROWS.slice(2))
    await run(s, a, { more: [b] })
    const report = await run(s, a, { more: [b] })
    expect([report.created, report.unchanged]).toEqual([0, 3])
  })

  it('keys an order of several rows by all of them, reads it whole every time, and keys none whose rows drew a warning', async () => {
    const s = shop()
    const file = douyinCsv([
      douyinRow({ orderNo: 'D1', subNo: 'D1-1' }),
      douyinRow({ orderNo: 'D1', subNo: 'D1-2', code: 'SY-PINK-M' }),
      douyinRow({ orderNo: 'D2', subNo: 'D2-1' }),
      // One sub-order shipped, the other still to ship: a warning on the order.
      douyinRow({ orderNo: 'D3', subNo: 'D3-1', status: '已发货' }),
      douyinRow({ orderNo: 'D3', subNo: 'D3-2' })
    ])
    const first = await run(s, file)
    expect(first.warnings.map((w) => w.code)).toEqual(['partially_shipped'])
    const digests = new Map(rowDigests(s))
    expect([digests.get('D1') !== null, digests.get('D2') !== null, digests.get('D3')]).toEqual([true, true, null])
    // Only D2, of one row, is passed over: D1's first row alone is not the order.
    expect(await passedOver(s, file)).toBe(1)
    const again = await run(s, file)
    expect([again.unchanged, again.warnings.map((w) => w.code)]).toEqual([3, ['partially_shipped']])
    expect(new Map(rowDigests(s))).toEqual(digests)
  })

  it('passes over the orders of a workbook read again, its rows keyed by their cells', async () => {
    const s = shop()
    const values = (r: PddRow): Record<string, string> => ({
      商品: r.title ?? '保温杯',
      订单号: r.orderNo,
      订单状态: r.status ?? '待发货',
      '商品数量(件)': '1',
      支付时间: '2026-11-25 20:00:00',
      承诺发货时间: '2026-11-27 20:00:00',
      '商家编码-规格维度': r.code ?? 'BWB-500-WHT',
      商品规格: '500ml 白色',
      售后状态: '无售后或售后取消',
      '用户实付金额(元)': '39.90',
      收货人: '王小明'
    })
    const book = await xlsxFile(PDD_HEADERS, ROWS.map(values))
    const first = await run(s, book, { fileName: 'orders.xlsx' })
    expect(first.created).toBe(3)
    expect(await passedOver(s, book)).toBe(3)
    const again = await run(s, book, { fileName: 'orders.xlsx' })
    expect(again.unchanged).toBe(3)
    // The same orders from the CSV export: another kind of row, read in full once.
    expect(await passedOver(s, pddCsv(ROWS))).toBe(0)
  })
})

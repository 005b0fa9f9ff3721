import { describe, expect, it } from 'vitest'
import type { ImportJobStatus } from '../../src/shared/types'
import { testShop, type TestShop } from '../helpers/shop'

const utf8 = (s: string) => new TextEncoder().encode(s)

async function run(s: TestShop, text: string, extra: Record<string, unknown> = {}): Promise<ImportJobStatus> {
  let job = await s.call('import.start', { kind: 'stock', fileName: 'stock.csv', bytes: utf8(text), dryRun: false, ...extra })
  while (job.state === 'running') {
    await new Promise((r) => setTimeout(r, 5))
    job = await s.call('import.job', { jobId: job.jobId })
  }
  return job
}

const ZH = '商家编码,商品名称,规格,现有库存,安全库存,供应商,采购周期（天）,成本价(元)\r\n0012-RED,保温杯,500ml 红色,12,5,义乌杯业,10,15.50\r\nLID-01,杯盖,,3,,,,2\r\n'

describe('importing a stock list', () => {
  it('creates products from Chinese headers, records counted stock in the ledger and creates the named supplier', async () => {
    const s = testShop()
    const job = await run(s, ZH)
    expect(job.report).toMatchObject({ kind: 'stock', rows: 2, created: 2, updated: 0, applied: true })
    const red = await s.call('products.byCode', { merchantCode: '0012-RED' })
    expect(red).toMatchObject({ name: '保温杯', spec: '500ml 红色', onHand: 12, safetyStock: 5, supplierName: '义乌杯业', leadTimeDays: 10, unitCostFen: 1550 })
    expect(red.movements[0]).toMatchObject({ type: 'count', counted: 12, quantity: 12 })
  })

  it('importing the same list twice changes nothing, even after stock moved in between', async () => {
    const s = testShop()
    await run(s, ZH)
    const red = await s.call('products.byCode', { merchantCode: '0012-RED' })
    await s.call('stock.move', { productId: red.id, type: 'adjust', quantity: -2, reason: '破损' })
    const again = await run(s, ZH)
    expect(again.report).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 2 })
    expect((await s.call('products.byCode', { merchantCode: '0012-RED' })).onHand).toBe(10)
  })

  it('a new count from a newer list becomes a count movement of the difference', async () => {
    const s = testShop()
    await run(s, ZH)
    const job = await run(s, 'SKU,On hand\n0012-RED,7\n')
    expect(job.report).toMatchObject({ updated: 1, created: 0 })
    expect(job.report!.changes).toEqual([{ key: '0012-RED', changes: [{ field: 'onHand', from: 12, to: 7 }] }])
    const red = await s.call('products.byCode', { merchantCode: '0012-RED' })
    expect(red).toMatchObject({ onHand: 7, name: '保温杯' })
    expect(red.movements[0]).toMatchObject({ type: 'count', quantity: -5, counted: 7 })
  })

  it('rejects bad numbers with row and column and writes nothing', async () => {
    const s = testShop()
    const job = await run(s, '商家编码,商品名称,库存\nA,杯子,-3\nB,碗,2.5\nC,,4\n')
    expect(job.report!.applied).toBe(false)
    expect(job.report!.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, '库存', 'bad_number'],
      [3, '库存', 'bad_number'],
      [4, '商品名称', 'missing_name']
    ])
    expect((await s.call('shop.status', {})).skus).toBe(0)
  })

  it('a list without a merchant code column is refused as a whole', async () => {
    const s = testShop()
    const job = await run(s, '名称,库存\n杯子,3\n')
    expect(job.report!.errors[0]).toMatchObject({ row: 0, code: 'stock_code_column_missing' })
  })
})

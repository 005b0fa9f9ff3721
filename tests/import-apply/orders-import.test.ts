import { describe, expect, it } from 'vitest'
import type { ImportJobStatus } from '../../src/shared/types'
import { testShop, type TestShop } from '../helpers/shop'
import { pddCsv, PDD_HEADERS, type PddRow } from './pdd-csv'

async function run(s: TestShop, bytes: Uint8Array, extra: Record<string, unknown> = {}): Promise<ImportJobStatus> {
  let job = await s.call('import.start', { kind: 'orders', fileName: 'orders.csv', bytes, dryRun: false, ...extra })
  while (job.state === 'running') {
    await new Promise((r) => setTimeout(r, 5))
    job = await s.call('import.job', { jobId: job.jobId })
  }
  return job
}

async function shop(): Promise<TestShop> {
  const s = testShop()
  const cup = await s.call('products.create', { merchantCode: 'BWB-500-WHT', name: '保温杯', spec: '500ml 白色' })
  await s.call('stock.move', { productId: cup.id, type: 'receive', quantity: 10 })
  return s
}

const count = (s: TestShop, sql: string): number => (s.db.prepare(sql).get() as { n: number }).n
const rows: PddRow[] = [
  { orderNo: '261125-000000000000001', qty: 2, paid: '79.80' },
  { orderNo: '261125-000000000000002', code: 'UNKNOWN-1', title: '神秘杯' },
  { orderNo: '261125-000000000000003', status: '已发货，待签收' }
]

describe('importing an order export', () => {
  it('creates the orders with amounts in fen, China-time deadlines in UTC, and lines linked to SKUs', async () => {
    const s = await shop()
    const job = await run(s, pddCsv(rows))
    expect(job.state).toBe('done')
    expect(job.report).toMatchObject({ platform: 'pdd', rows: 3, created: 3, updated: 0, unchanged: 0, skipped: 0, applied: true, blocked: false })
    const o = await s.call('orders.get', { id: (await s.call('orders.list', { search: '261125-000000000000001' })).rows[0]!.id })
    expect(o).toMatchObject({ platform: 'pdd', status: 'awaiting_shipment', paidFen: 7980, promisedShipAt: '2026-11-27T12:00:00.000Z' })
    expect(o.lines[0]).toMatchObject({ merchantCode: 'BWB-500-WHT', quantity: 2, onHand: 10 })
  })

  it('lists unknown merchant codes, and a mapping made once links them now and in later imports', async () => {
    const s = await shop()
    const job = await run(s, pddCsv(rows))
    expect(job.report!.unknownSkus).toEqual([{ code: 'UNKNOWN-1', title: '神秘杯', spec: '500ml 白色', lines: 1 }])
    const cup = await s.call('products.byCode', { merchantCode: 'BWB-500-WHT' })
    const m = await s.call('skuMappings.save', { platform: 'pdd', code: 'UNKNOWN-1', productId: cup.id })
    expect(m.linkedLines).toBe(1)
    const again = await run(s, pddCsv([{ orderNo: '261126-000000000000009', code: 'UNKNOWN-1' }]))
    expect(again.report!.unknownSkus).toEqual([])
    expect(count(s, "SELECT COUNT(*) AS n FROM order_lines WHERE merchant_code = 'UNKNOWN-1' AND product_id IS NULL")).toBe(0)
  })

  it('importing the same file twice creates no duplicates and reports everything unchanged', async () => {
    const s = await shop()
    await run(s, pddCsv(rows))
    const second = await run(s, pddCsv(rows))
    expect(second.report).toMatchObject({ created: 0, updated: 0, unchanged: 3, applied: true })
    expect(count(s, 'SELECT COUNT(*) AS n FROM orders')).toBe(3)
    expect(count(s, 'SELECT COUNT(*) AS n FROM order_lines')).toBe(3)
  })

  it('a newer overlapping export updates changed orders, reports what changed, and shipped orders take their units off the shelf', async () => {
    const s = await shop()
    await run(s, pddCsv(rows))
    const newer = pddCsv([
      { ...rows[0]!, status: '已发货，待签收' },
      rows[1]!,
      { orderNo: '261126-000000000000004', qty: 1 }
    ])
    const job = await run(s, newer)
    expect(job.report).toMatchObject({ created: 1, updated: 1, unchanged: 1, shipments: 1 })
    expect(job.report!.changes).toEqual([{ key: '261125-000000000000001', changes: [{ field: 'status', from: 'awaiting_shipment', to: 'shipped' }] }])
    const cup = await s.call('products.byCode', { merchantCode: 'BWB-500-WHT' })
    expect(cup.onHand).toBe(8)
    expect(cup.movements[0]).toMatchObject({ type: 'ship', quantity: -2, ref: 'pdd:261125-000000000000001' })
  })

  it('an older export never moves an order backwards, and a column left out keeps what the shop knows', async () => {
    const s = await shop()
    await run(s, pddCsv([{ ...rows[0]!, status: '已签收' }]))
    const older = pddCsv([{ ...rows[0]!, status: '待发货' }], { headers: PDD_HEADERS.filter((h) => h !== '收货人') })
    const job = await run(s, older)
    expect(job.report).toMatchObject({ updated: 0, unchanged: 1 })
    const o = (await s.call('orders.list', {})).rows[0]!
    expect(o).toMatchObject({ status: 'received', buyerName: '王小明' })
  })

  it('a file with a bad row imports nothing, and with skipping imports the rest and keeps the bad row for export', async () => {
    const s = await shop()
    const bad = pddCsv([rows[0]!, { orderNo: '261125-000000000000005', qty: 2, paid: 'abc' }, rows[2]!])
    const rejected = await run(s, bad)
    expect(rejected.report).toMatchObject({ applied: false, blocked: true, created: 2, skipped: 1 })
    expect(rejected.report!.errors[0]).toMatchObject({ row: 3, column: '用户实付金额(元)', code: 'bad_amount', messageKey: 'importProblems.bad_amount' })
    expect(count(s, 'SELECT COUNT(*) AS n FROM orders')).toBe(0)
    expect(count(s, 'SELECT COUNT(*) AS n FROM import_batches')).toBe(0)

    const skipped = await run(s, bad, { skipBadRows: true })
    expect(skipped.report).toMatchObject({ applied: true, created: 2, skipped: 1 })
    expect(count(s, 'SELECT COUNT(*) AS n FROM orders')).toBe(2)
    const kept = await s.call('import.skippedRows', { batchId: skipped.report!.batchId! })
    expect(kept).toHaveLength(1)
    expect(kept[0]).toMatchObject({ row: 3, cells: { 订单号: '261125-000000000000005', '用户实付金额(元)': 'abc' } })
    const file = await s.call('export.skippedRows', { batchId: skipped.report!.batchId!, format: 'csv', lang: 'en' })
    const csv = new TextDecoder().decode(file.bytes)
    expect(csv).toContain('261125-000000000000005')
    // The buyer's name column from the source file is marked as personal data.
    expect(csv.split('\r\n')[0]).toContain('收货人 [personal data]')
    expect(csv.split('\r\n')[0]).not.toContain('订单号 [personal data]')
  })

  it('a preview (dry run) counts everything and writes nothing', async () => {
    const s = await shop()
    const job = await run(s, pddCsv(rows), { dryRun: true })
    expect(job.report).toMatchObject({ created: 3, applied: false, blocked: false })
    expect(count(s, 'SELECT COUNT(*) AS n FROM orders')).toBe(0)
    expect(count(s, 'SELECT COUNT(*) AS n FROM audit_log WHERE action = \'import.orders\'')).toBe(0)
  })

  it('a cancelled import leaves the database as it was', async () => {
    const s = await shop()
    const started = await s.call('import.start', { kind: 'orders', fileName: 'o.csv', bytes: pddCsv(rows), dryRun: false })
    await s.call('import.cancel', { jobId: started.jobId })
    let job = started
    while (job.state === 'running') {
      await new Promise((r) => setTimeout(r, 5))
      job = await s.call('import.job', { jobId: job.jobId })
    }
    expect(job.state).toBe('cancelled')
    expect(count(s, 'SELECT COUNT(*) AS n FROM orders')).toBe(0)
  })

  it('an unreadable file is rejected with a file-level problem and nothing written', async () => {
    const s = await shop()
    const job = await run(s, new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]))
    expect(job.report!.applied).toBe(false)
    expect(job.report!.errors[0]).toMatchObject({ row: 0 })
    expect(count(s, 'SELECT COUNT(*) AS n FROM orders')).toBe(0)
  })
})

describe('large imports', () => {
  it('a first import of 20,000 orders rebuilds the secondary indexes exactly as the schema defines them', async () => {
    const s = await shop()
    const schemaOf = () => s.db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name").all()
    const before = schemaOf()
    const many = Array.from({ length: 20_000 }, (_, i) => ({ orderNo: `261125-${String(i).padStart(15, '0')}` }))
    const job = await run(s, pddCsv(many))
    expect(job.report).toMatchObject({ created: 20_000, applied: true })
    expect(schemaOf()).toEqual(before)
    expect(s.db.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok')
    const plan = s.db.prepare("EXPLAIN QUERY PLAN SELECT id FROM orders WHERE status = 'awaiting_shipment' ORDER BY promised_ship_at").all() as { detail: string }[]
    expect(plan.map((p) => p.detail).join(' ')).toContain('orders_status_deadline')
  })
})

describe('generic files', () => {
  it('the merchant’s own table imports through a saved column mapping, stored under platform other', async () => {
    const s = await shop()
    const csv = new TextEncoder().encode('单号,状态,编码,件数,付款时间,实付\r\nA-0001,待发货,BWB-500-WHT,2,2026-11-25 10:00:00,19.90\r\n')
    const without = await run(s, csv)
    expect(without.report).toMatchObject({ platform: 'generic', applied: false })
    expect(without.report!.errors[0]).toMatchObject({ row: 0, code: 'mapping_required' })
    await s.call('import.presets.save', {
      name: '我的表格',
      mapping: { orderNo: '单号', status: '状态', merchantCode: '编码', quantity: '件数', paidAt: '付款时间', paidAmount: '实付' }
    })
    const job = await run(s, csv, { presetName: '我的表格' })
    expect(job.report).toMatchObject({ created: 1, applied: true })
    const o = (await s.call('orders.list', { search: 'A-0001' })).rows[0]!
    expect(o).toMatchObject({ platform: 'other', status: 'awaiting_shipment', paidFen: 1990, totalQuantity: 2 })
    expect((await run(s, csv, { presetName: '我的表格' })).report).toMatchObject({ unchanged: 1, created: 0 })
  })
})

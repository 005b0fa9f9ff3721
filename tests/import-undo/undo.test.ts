import { describe, expect, it } from 'vitest'
import { csvText, encode, pddCsv, TAOBAO_CLASSIC_HEADERS, TAOBAO_ITEM_HEADERS, taobaoClassicRow, taobaoItemRow } from '../import/fixtures'
import { stockedShop } from '../real-exports/helpers'
import { dump, runFiles, utf8 } from './helpers'

const A = '261126-000000000000001'
const B = '261126-000000000000002'

const onHand = (s: Awaited<ReturnType<typeof stockedShop>>, code: string): number =>
  (s.db.prepare('SELECT on_hand AS n FROM products WHERE merchant_code = ?').get(code) as { n: number }).n

describe('undoing an import puts the shop back exactly as it was before it', () => {
  it('new orders: the orders, their lines, queue cases and engine results go; the batch stays, marked undone', async () => {
    const s = await stockedShop([['CUP', 1]])
    const before = dump(s.db)
    const job = await runFiles(s, 'orders', [
      {
        fileName: 'orders.csv',
        bytes: pddCsv([
          { orderNo: A, code: 'CUP', qty: '3' },
          { orderNo: B, code: 'LID' }
        ])
      }
    ])
    expect(job.report).toMatchObject({ applied: true, created: 2 })
    const batchId = job.report!.batchId!
    expect(await s.call('import.undo.plan', { batchId })).toMatchObject({
      ordersRemoved: 2,
      ordersRestored: 0,
      movesReversed: 0,
      refusal: null
    })
    const done = await s.call('import.undo', { batchId })
    expect(done).toMatchObject({ ordersRemoved: 2, undoneAt: expect.any(String) })
    expect(dump(s.db)).toEqual(before)
    const [row] = await s.call('import.batches', {})
    expect(row).toMatchObject({ id: batchId, undo: 'undone', undoneAt: done.undoneAt })
    expect(s.db.prepare('SELECT action FROM audit_log ORDER BY id DESC LIMIT 1').get()).toEqual({ action: 'import.undo' })
  })

  it('a re-import that changed and shipped orders: the orders and lines come back as they were, the shipped stock returns', async () => {
    const s = await stockedShop([
      ['CUP', 10],
      ['LID', 4]
    ])
    await runFiles(s, 'orders', [
      {
        fileName: 'day1.csv',
        bytes: pddCsv([
          { orderNo: A, code: 'CUP', qty: '2' },
          { orderNo: B, code: 'LID' }
        ])
      }
    ])
    const before = dump(s.db)
    const day2 = {
      fileName: 'day2.csv',
      bytes: pddCsv([
        { orderNo: A, code: 'CUP', qty: '2', status: '已发货，待签收', shippedAt: '2026-11-26 09:00:00' },
        { orderNo: B, code: 'CUP', qty: '3', merchantNote: '改成杯子' }
      ])
    }
    const job = await runFiles(s, 'orders', [day2])
    expect(job.report).toMatchObject({ updated: 2, shipments: 1 })
    expect(onHand(s, 'CUP')).toBe(8)
    const plan = await s.call('import.undo.plan', { batchId: job.report!.batchId! })
    expect(plan).toMatchObject({ ordersRemoved: 0, ordersRestored: 2, movesReversed: 1, refusal: null })
    await s.call('import.undo', { batchId: job.report!.batchId! })
    expect(onHand(s, 'CUP')).toBe(10)
    expect(dump(s.db)).toEqual(before)
    // The same file again is imported as it was the first time (nothing takes it for a duplicate).
    const again = await runFiles(s, 'orders', [day2])
    expect(again.report).toMatchObject({ applied: true, updated: 2, shipments: 1 })
    expect(onHand(s, 'CUP')).toBe(8)
  })

  it('a re-import that changed more orders than the journal takes in one statement: every one comes back', async () => {
    // Stock for every order: no queue case opens, whose system events an undo does not take back.
    const s = await stockedShop([['CUP', 6_000]])
    const n = 5_001
    const orderNo = (i: number) => `261126-${String(100000000000000 + i)}`
    const file = (status: string) => pddCsv(Array.from({ length: n }, (_, i) => ({ orderNo: orderNo(i), code: 'CUP', status })))
    await runFiles(s, 'orders', [{ fileName: 'day1.csv', bytes: file('待发货') }])
    const before = dump(s.db)
    const job = await runFiles(s, 'orders', [{ fileName: 'day2.csv', bytes: file('已取消') }])
    expect(job.report).toMatchObject({ updated: n })
    await s.call('import.undo', { batchId: job.report!.batchId! })
    expect(dump(s.db)).toEqual(before)
  })

  it("Taobao's item report filling the lines of orders its order report brought: the orders go back to waiting for their items", async () => {
    const s = await stockedShop([['007-MUG', 5]])
    const orderNo = '2026112612345678901'
    await runFiles(s, 'orders', [
      { fileName: 'ExportOrderList.csv', bytes: encode(csvText(TAOBAO_CLASSIC_HEADERS, [taobaoClassicRow({ orderNo })]), 'gb18030') }
    ])
    expect(s.db.prepare('SELECT order_part AS p FROM orders').get()).toEqual({ p: 'order' })
    const before = dump(s.db)
    const items = await runFiles(s, 'orders', [
      {
        fileName: 'ExportOrderDetailList.csv',
        bytes: encode(csvText(TAOBAO_ITEM_HEADERS, [taobaoItemRow({ orderNo, code: '007-MUG', qty: '2' })]), 'gb18030')
      }
    ])
    expect(s.db.prepare('SELECT order_part AS p FROM orders').get()).toEqual({ p: 'whole' })
    await s.call('import.undo', { batchId: items.report!.batchId! })
    expect(dump(s.db)).toEqual(before)
  })

  it('a stock list: new SKUs, supplier and bundle go, changed SKUs and their counted stock come back; the same list imports again', async () => {
    const s = await stockedShop([['CUP', 4]])
    await runFiles(s, 'orders', [{ fileName: 'o.csv', bytes: pddCsv([{ orderNo: A, code: 'NEW-1' }]) }])
    const before = dump(s.db)
    const list = {
      fileName: 'stock.csv',
      bytes: utf8(
        '商家编码,商品名称,现有库存,供应商,组合明细\r\nCUP,保温杯（新名）,9,义乌杯业,\r\nNEW-1,新杯子,6,义乌杯业,\r\nSET-1,套装,,,"CUPx1, NEW-1x2"\r\n'
      )
    }
    const job = await runFiles(s, 'stock', [list])
    expect(job.report).toMatchObject({ applied: true, created: 1, updated: 1 })
    expect(s.db.prepare("SELECT product_id IS NOT NULL AS linked FROM order_lines WHERE merchant_code = 'NEW-1'").get()).toEqual({
      linked: 1
    })
    const plan = await s.call('import.undo.plan', { batchId: job.report!.batchId! })
    expect(plan).toMatchObject({
      productsRemoved: 1,
      productsRestored: 1,
      suppliersRemoved: 1,
      bundlesReverted: 1,
      movesReversed: 2,
      refusal: null
    })
    await s.call('import.undo', { batchId: job.report!.batchId! })
    expect(dump(s.db)).toEqual(before)
    const again = await runFiles(s, 'stock', [list])
    expect(again.report).toMatchObject({ applied: true, created: 1, updated: 1 })
    expect(onHand(s, 'CUP')).toBe(9)
    expect(onHand(s, 'NEW-1')).toBe(6)
  })

  it('a status meaning the merchant gave in the import, and a SKU mapping made afterwards for its unknown code, go with it', async () => {
    const s = await stockedShop([['CUP', 4]])
    const before = dump(s.db)
    let job = await s.call('import.start', {
      kind: 'orders',
      fileName: 'odd.csv',
      bytes: pddCsv([{ orderNo: A, code: 'PLAT-9', status: '待商家处理' }]),
      dryRun: false,
      statusMap: { 待商家处理: 'awaiting_shipment' }
    })
    while (job.state === 'running') {
      await new Promise((r) => setImmediate(r))
      job = await s.call('import.job', { jobId: job.jobId })
    }
    expect(job.report).toMatchObject({ applied: true, created: 1 })
    expect(s.db.prepare('SELECT COUNT(*) AS n FROM status_meanings').get()).toEqual({ n: 1 })
    const cup = await s.call('products.byCode', { merchantCode: 'CUP' })
    await s.call('skuMappings.save', { platform: 'pdd', code: 'PLAT-9', productId: cup.id })
    const plan = await s.call('import.undo.plan', { batchId: job.report!.batchId! })
    expect(plan).toMatchObject({ ordersRemoved: 1, statusMeaningsReverted: 1, mappingsRemoved: 1, refusal: null })
    await s.call('import.undo', { batchId: job.report!.batchId! })
    expect(dump(s.db)).toEqual(before)
  })
})

describe('undo is refused, with the reason, when later changes depend on the import', () => {
  it('an import that is not the newest still standing: the newer one is named', async () => {
    const s = await stockedShop([['CUP', 4]])
    const first = await runFiles(s, 'orders', [{ fileName: 'first.csv', bytes: pddCsv([{ orderNo: A, code: 'CUP' }]) }])
    await runFiles(s, 'orders', [{ fileName: 'second.csv', bytes: pddCsv([{ orderNo: B, code: 'CUP' }]) }])
    const e = await s.fail('import.undo', { batchId: first.report!.batchId! })
    expect(e).toMatchObject({ code: 'conflict', messageKey: 'importUndo.refused.newer_batch', params: { file: 'second.csv' } })
    const rows = await s.call('import.batches', {})
    expect(rows.map((r) => r.undo)).toEqual(['available', 'later'])
  })

  it('a queue step taken on one of its orders names the order', async () => {
    const s = await stockedShop([['CUP', 0]])
    const job = await runFiles(s, 'orders', [{ fileName: 'o.csv', bytes: pddCsv([{ orderNo: A, code: 'CUP' }]) }])
    const caseId = (s.db.prepare('SELECT id FROM queue_cases').get() as { id: number }).id
    await s.call('queue.notify', { caseId })
    const before = dump(s.db)
    const e = await s.fail('import.undo', { batchId: job.report!.batchId! })
    expect(e).toMatchObject({ messageKey: 'importUndo.refused.queue_step', params: { orderNo: A } })
    expect(dump(s.db)).toEqual(before)
    const [row] = await s.call('import.batches', {})
    expect(row).toMatchObject({ undo: 'refused', refusal: { messageKey: 'importUndo.refused.queue_step' } })
  })

  it('a stock move since that reversing would take below zero names the SKU and the numbers', async () => {
    const s = await stockedShop([])
    const job = await runFiles(s, 'stock', [{ fileName: 's.csv', bytes: utf8('商家编码,商品名称,现有库存\r\nCUP,杯子,10\r\n') }])
    const cup = await s.call('products.byCode', { merchantCode: 'CUP' })
    await s.call('stock.move', { productId: cup.id, type: 'adjust', quantity: -8, reason: '发货' })
    const e = await s.fail('import.undo', { batchId: job.report!.batchId! })
    expect(e).toMatchObject({ messageKey: 'importUndo.refused.stock_short', params: { code: 'CUP', onHand: 2, back: 10 } })
  })

  it('a stock count taken since on a SKU the import moved', async () => {
    const s = await stockedShop([['CUP', 5]])
    await runFiles(s, 'orders', [{ fileName: 'a.csv', bytes: pddCsv([{ orderNo: A, code: 'CUP' }]) }])
    const job = await runFiles(s, 'orders', [{ fileName: 'b.csv', bytes: pddCsv([{ orderNo: A, code: 'CUP', status: '已发货，待签收' }]) }])
    const cup = await s.call('products.byCode', { merchantCode: 'CUP' })
    await s.call('stock.move', { productId: cup.id, type: 'count', quantity: 3, reason: '盘点' })
    const e = await s.fail('import.undo', { batchId: job.report!.batchId! })
    expect(e).toMatchObject({ messageKey: 'importUndo.refused.later_count', params: { code: 'CUP' } })
  })

  it('an import made before the app recorded what imports change cannot be undone; the ledger stays append-only outside an undo', async () => {
    const s = await stockedShop([['CUP', 5]])
    const job = await runFiles(s, 'orders', [{ fileName: 'old.csv', bytes: pddCsv([{ orderNo: A, code: 'CUP' }]) }])
    // What a batch imported before migration 007 looks like: no journal.
    s.db.prepare('DELETE FROM import_undo').run()
    const e = await s.fail('import.undo', { batchId: job.report!.batchId! })
    expect(e).toMatchObject({ messageKey: 'importUndo.refused.unrecorded', params: { file: 'old.csv' } })
    expect((await s.call('import.batches', {}))[0]).toMatchObject({ undo: 'unrecorded' })
    expect(() => s.db.prepare('DELETE FROM stock_movements').run()).toThrow(/append-only/)
    expect(() => s.db.prepare('UPDATE stock_movements SET quantity = 1').run()).toThrow(/append-only/)
  })

  it('an import already undone', async () => {
    const s = await stockedShop([['CUP', 5]])
    const job = await runFiles(s, 'orders', [{ fileName: 'a.csv', bytes: pddCsv([{ orderNo: A, code: 'CUP' }]) }])
    await s.call('import.undo', { batchId: job.report!.batchId! })
    const e = await s.fail('import.undo', { batchId: job.report!.batchId! })
    expect(e).toMatchObject({ messageKey: 'importUndo.refused.already_undone' })
  })
})

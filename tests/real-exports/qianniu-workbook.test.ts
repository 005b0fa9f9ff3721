import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runImport, stockedShop, triage } from './helpers'

// Written by LibreOffice (see tests/import/fixtures/make-qianniu-xlsx.py): three sheets, dates as date cells.
const workbook = {
  fileName: '千牛订单下载.xlsx',
  bytes: new Uint8Array(readFileSync(join(__dirname, '../import/fixtures/qianniu-three-sheets.xlsx')))
}

describe("千牛's three-sheet workbook", () => {
  it('reads every sheet, joins 订单报表 with the lines on 销售明细, and leaves 发货报表 out', async () => {
    const s = await stockedShop([
      ['007-MUG', 5],
      ['008-SPOON', 5]
    ])
    const job = await runImport(s, [workbook])
    expect(job.report).toMatchObject({ applied: true, blocked: false, created: 2, platform: 'taobao' })
    expect(job.report!.sheets.map((x) => [x.name, x.format, x.used])).toEqual([
      ['订单报表', 'taobao_classic', true],
      ['销售明细', 'taobao_items', true],
      ['发货报表', 'generic', false]
    ])
    expect(job.report!.join).toMatchObject({ joined: 2, ordersWithoutItems: 0, itemsWithoutOrder: 0 })
    const id = (await s.call('orders.list', { search: '2026112699990001' })).rows[0]!.id
    const o = await s.call('orders.get', { id })
    // 09:01 China time is 01:01 UTC; the date cell arrives as a date.
    expect(o).toMatchObject({ paidAt: '2026-11-26T01:01:00.000Z', paidFen: 8850, buyerName: '周八', status: 'awaiting_shipment' })
    expect(o.lines.map((l) => [l.merchantCode, l.quantity])).toEqual([
      ['007-MUG', 2],
      ['008-SPOON', 1]
    ])
    expect((await triage(s)).get('2026112699990001')).toMatchObject({ state: 'ready', deadlineSource: 'derived' })
  })

  it('the merchant can pick one sheet instead', async () => {
    const s = await stockedShop([['007-MUG', 5]])
    const job = await runImport(s, [workbook], { sheet: '销售明细', dryRun: true })
    // Every sheet is still listed (the preview offers each one); only the picked one is read.
    expect(job.report!.sheets.map((x) => [x.name, x.used])).toEqual([
      ['订单报表', false],
      ['销售明细', true],
      ['发货报表', false]
    ])
    expect(job.report!.join).toMatchObject({ itemsWithoutOrder: 2 })
  })
})

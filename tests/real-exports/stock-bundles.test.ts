// A stock list may carry bundles (组合装) in a 组合明细 column, as ERP goods exports write them:
// previewed first, written only on import, idempotent, and a bad part is named by row and column.
import { describe, expect, it } from 'vitest'
import type { CallInput } from '../../src/shared/contract'
import { messageFor } from '../../src/shared/i18n/translate'
import type { ImportJobStatus } from '../../src/shared/types'
import { testShop, type TestShop } from '../helpers/shop'
import { pddCsv, pddOrderNo } from '../import/fixtures'
import { runImport, triage } from './helpers'

const utf8 = (s: string) => new TextEncoder().encode(s)

async function stockList(s: TestShop, text: string, extra: Partial<CallInput<'import.start'>> = {}): Promise<ImportJobStatus> {
  let job = await s.call('import.start', { kind: 'stock', fileName: '库存表.csv', bytes: utf8(text), dryRun: false, ...extra })
  while (job.state === 'running') {
    await new Promise((r) => setImmediate(r))
    job = await s.call('import.job', { jobId: job.jobId })
  }
  return job
}

const LIST = [
  '商家编码,商品名称,库存,组合明细',
  'A001,保温杯,10,',
  'B011,杯刷,20,',
  'SET-1,保温杯+杯刷套装,4,"A001x1, B011x2"',
  'SET-2,双杯装,,A001*2'
].join('\n')

describe('bundles in a stock list', () => {
  it('previews the bundles a 组合明细 column defines, writes nothing until import, then creates them with their parts', async () => {
    const s = testShop()
    const preview = await stockList(s, LIST, { dryRun: true })
    expect(preview.report).toMatchObject({ created: 2, bundles: { created: 2, updated: 0, unchanged: 0 }, applied: false, blocked: false })
    // The bundle row's own stock is not kept: its stock is its parts'.
    expect(preview.report!.warnings.map((w) => [w.row, w.column, w.code])).toEqual([[4, '库存', 'bundle_stock_ignored']])
    expect(await s.call('bundles.list', {})).toEqual([])
    expect((await s.call('shop.status', {})).skus).toBe(0)

    const done = await stockList(s, LIST)
    expect(done.report).toMatchObject({ applied: true, created: 2, bundles: { created: 2 } })
    const bundles = await s.call('bundles.list', {})
    expect(bundles.map((b) => [b.code, b.name, b.parts.map((p) => `${p.merchantCode}x${p.quantity}`)])).toEqual([
      ['SET-1', '保温杯+杯刷套装', ['A001x1', 'B011x2']],
      ['SET-2', '双杯装', ['A001x2']]
    ])
    // A bundle is not a SKU.
    expect((await s.call('shop.status', {})).skus).toBe(2)
  })

  it('importing the same list again changes nothing; a list with other parts says what changed', async () => {
    const s = testShop()
    await stockList(s, LIST)
    const again = await stockList(s, LIST)
    expect(again.report).toMatchObject({ applied: true, bundles: { created: 0, updated: 0, unchanged: 2 } })
    const changed = await stockList(s, '商家编码,组合明细\nSET-1,A001x1；B011x3\n')
    expect(changed.report).toMatchObject({ applied: true, bundles: { updated: 1 } })
    expect(changed.report!.changes).toEqual([{ key: 'SET-1', changes: [{ field: 'bundleParts', from: 'A001x1, B011x2', to: 'A001x1, B011x3' }] }])
    const set1 = (await s.call('bundles.list', {})).find((b) => b.code === 'SET-1')!
    expect(set1.parts.map((p) => p.quantity)).toEqual([1, 3])
    expect(set1.name).toBe('保温杯+杯刷套装')
  })

  it('refuses bad parts, unknown parts and a bundle code that is a SKU with row and column, in Chinese and English, and writes nothing', async () => {
    const s = testShop()
    await stockList(s, '商家编码,商品名称,库存\nA001,保温杯,10\n')
    const bad = [
      '商家编码,商品名称,组合明细',
      'SET-1,套装,A001x0',
      'SET-2,套装,A001 x 1 B011',
      'SET-3,套装,A001x1，NOPE-9x2',
      'A001,保温杯,A001x1',
      'NEW-1,新品,'
    ].join('\n')
    const job = await stockList(s, bad)
    const r = job.report!
    expect(r).toMatchObject({ applied: false, blocked: true })
    expect(r.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, '组合明细', 'bad_bundle_parts'],
      [3, '组合明细', 'bad_bundle_parts'],
      [4, '组合明细', 'bundle_part_unknown'],
      [5, '商家编码', 'bundle_code_is_sku']
    ])
    const unknown = r.errors[2]!
    expect(messageFor('zh-CN', unknown.messageKey, unknown.params)).toBe(
      '第 4 行“组合明细”列：组合装 SET-3 里的“NOPE-9”既不是已有商品，也不是本表新增的商品。请先添加该商品，或改正编码。'
    )
    expect(messageFor('en', r.errors[0]!.messageKey, r.errors[0]!.params)).toContain('Row 2, column “组合明细”: “A001x0” is not a list of bundle parts')
    expect(await s.call('bundles.list', {})).toEqual([])
    expect((await s.call('shop.status', {})).skus).toBe(1)

    // Skipping the bad rows imports the rest, and no bundle.
    const skipped = await stockList(s, bad, { skipBadRows: true })
    expect(skipped.report).toMatchObject({ applied: true, created: 1, bundles: { created: 0 } })
    expect(await s.call('bundles.list', {})).toEqual([])
  })

  it('an order for a bundle the stock list defined takes its components’ stock', async () => {
    const s = testShop()
    await stockList(s, LIST)
    const a001 = await s.call('products.byCode', { merchantCode: 'A001' })
    await s.call('stock.move', { productId: a001.id, type: 'receive', quantity: 10 })
    // SET-1 = A001×1 + B011×2, with 20 A001 and 20 B011: seven sets take 14 B011 (ready); five more need 10 of the 6 left.
    const job = await runImport(s, [
      {
        fileName: 'pdd.csv',
        bytes: pddCsv([
          { orderNo: pddOrderNo(1), code: 'SET-1', qty: '7', shipBy: '2026-11-27 10:00:00' },
          { orderNo: pddOrderNo(2), code: 'SET-1', qty: '5', shipBy: '2026-11-27 11:00:00' }
        ])
      }
    ])
    expect(job.report).toMatchObject({ applied: true, unknownSkus: [] })
    const t = await triage(s)
    expect(t.get(pddOrderNo(1))!.state).toBe('ready')
    expect(t.get(pddOrderNo(2))).toMatchObject({ state: 'short', shortSku: 'B011' })
  })
})

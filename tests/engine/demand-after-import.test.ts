// The recompute an import triggers recounts four-week demand only for the SKUs the
// import touched (issue 15): the others keep their stored figures, and the touched
// ones end up exactly where a full recount puts them.
import { describe, expect, it } from 'vitest'
import { pddCsv, pddOrderNo } from '../import/fixtures'
import { TEST_NOW, testTimeIn } from '../helpers/clock'
import { testShop, type TestShop } from '../helpers/shop'
import { runImport } from '../real-exports/helpers'

const DAY = 86_400_000
const paidDaysAgo = (d: number) => new Date(TEST_NOW.getTime() - d * DAY + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ')
const shipped = (i: number, code: string, qty: number, daysAgo: number) => ({
  orderNo: pddOrderNo(i),
  code,
  qty: String(qty),
  status: '已签收',
  paidAt: paidDaysAgo(daysAgo)
})

type DemandRow = { code: string; units: number; days: number; avg: number; sigma: number }
function demand(s: TestShop): Map<string, DemandRow> {
  const rows = s.db
    .prepare(
      `SELECT p.merchant_code AS code, d.units, d.in_stock_days AS days, d.avg_daily AS avg, d.sigma_daily AS sigma
       FROM engine_demand d JOIN products p ON p.id = d.product_id`
    )
    .all() as DemandRow[]
  return new Map(rows.map((r) => [r.code, r]))
}

describe('demand recount after an import', () => {
  // With few SKUs the touched ones are a large share and counted by the whole-window query; with many, looked up by SKU.
  it.each([
    ['a few SKUs', 0],
    ['many SKUs', 30]
  ])('recounts only the SKUs the import touched (directly, through a bundle, or a line moved away) and matches a full recount (%s)', async (_, more) => {
    let now = testTimeIn(-24 * 35)
    const s = testShop(':memory:', () => now)
    const others = Array.from({ length: more }, (_, i) => `Z${i}`)
    for (const code of ['A001', 'B011', 'C022', 'D033', ...others]) {
      const p = await s.call('products.create', { merchantCode: code, name: `商品 ${code}` })
      await s.call('stock.move', { productId: p.id, type: 'receive', quantity: 1000 })
    }
    await s.call('bundles.set', { code: 'SET-C', name: '套装', parts: [{ merchantCode: 'C022', quantity: 3 }] })
    now = TEST_NOW
    const first = await runImport(s, [
      { fileName: 'a.csv', bytes: pddCsv([shipped(1, 'A001', 2, 3), shipped(2, 'B011', 1, 4), shipped(3, 'D033', 1, 9)]) }
    ])
    expect(first.report).toMatchObject({ applied: true, created: 3 })
    expect(demand(s).get('B011')!.units).toBe(1)
    // A marker: a SKU the next import does not touch keeps whatever is stored for it.
    s.db.prepare(`UPDATE engine_demand SET units = 999 WHERE product_id = (SELECT id FROM products WHERE merchant_code = 'B011')`).run()

    // Order 3 moves from D033 to A001 (both touched); a new order of the C022 bundle; order 1 unchanged.
    const second = await runImport(s, [
      {
        fileName: 'b.csv',
        bytes: pddCsv([shipped(1, 'A001', 2, 3), shipped(3, 'A001', 5, 9), shipped(4, 'SET-C', 2, 6)])
      }
    ])
    expect(second.report).toMatchObject({ applied: true, created: 1, updated: 1, unchanged: 1 })
    const scoped = demand(s)
    expect(scoped.get('B011')!.units).toBe(999)
    expect(scoped.get('A001')!.units).toBe(7)
    expect(scoped.get('C022')!.units).toBe(6)
    expect(scoped.get('D033')!.units).toBe(0)

    await s.call('engine.recompute', {})
    const full = demand(s)
    expect(full.get('B011')!.units).toBe(1)
    for (const code of ['A001', 'C022', 'D033']) expect(scoped.get(code)).toEqual(full.get(code))
  })
})

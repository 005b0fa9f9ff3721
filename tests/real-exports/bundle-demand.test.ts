// Demand history for reorder figures counts a bundle's components: a shipped order for two
// 杯勺套装 (A001×1 + B011×2) is demand for 2 × A001 and 4 × B011, never for the bundle code.
import { describe, expect, it } from 'vitest'
import { pddCsv, pddOrderNo } from '../import/fixtures'
import { TEST_NOW, testTimeIn } from '../helpers/clock'
import { testShop } from '../helpers/shop'
import { runImport } from './helpers'

describe('demand for bundles', () => {
  it('a bundle order line counts as its components’ units in the demand the reorder figures use', async () => {
    // Stock arrived five weeks ago, so every day of the 28-day window was a day in stock.
    let now = testTimeIn(-24 * 35)
    const s = testShop(':memory:', () => now)
    for (const code of ['A001', 'B011']) {
      const p = await s.call('products.create', { merchantCode: code, name: `商品 ${code}`, leadTimeDays: 7 })
      await s.call('stock.move', { productId: p.id, type: 'receive', quantity: 1000 })
    }
    await s.call('bundles.set', {
      code: 'SET-1',
      name: '杯勺套装',
      parts: [
        { merchantCode: 'A001', quantity: 1 },
        { merchantCode: 'B011', quantity: 2 }
      ]
    })
    now = TEST_NOW
    // Three orders of two sets each, paid and shipped within the window.
    const job = await runImport(s, [
      {
        fileName: 'pdd.csv',
        bytes: pddCsv(
          [3, 10, 20].map((daysAgo, i) => ({
            orderNo: pddOrderNo(i + 1),
            code: 'SET-1',
            qty: '2',
            status: '已签收',
            paidAt: new Date(TEST_NOW.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 19).replace('T', ' ')
          }))
        )
      }
    ])
    expect(job.report).toMatchObject({ applied: true, created: 3, unknownSkus: [] })
    await s.call('engine.recompute', {})
    const rows = (await s.call('engine.positions', { limit: 10 })).rows
    const by = new Map(rows.map((r) => [r.merchantCode, r]))
    expect([...by.keys()].sort()).toEqual(['A001', 'B011'])
    const days = rows[0]!.inStockDays
    expect(days).toBe(28)
    // 3 orders × 2 sets × parts per set, over the days in stock (figures are rounded to 0.01).
    expect(by.get('A001')!.avgDailyDemand).toBeCloseTo((3 * 2 * 1) / days, 2)
    expect(by.get('B011')!.avgDailyDemand).toBeCloseTo((3 * 2 * 2) / days, 2)
    const plan = await s.call('engine.reorder', { includeZero: true })
    const lines = plan.groups.flatMap((g) => g.lines)
    expect(lines.find((l) => l.merchantCode === 'B011')!.avgDailyDemand.value).toBeCloseTo(12 / days, 2)
  })
})

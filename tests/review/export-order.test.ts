// The causes file follows the Pareto on screen: in money order its cumulative share of
// money lost reads down the file (it was listed in case order: 37.3, 76, 57.4).
import { describe, expect, it } from 'vitest'
import { cst, reviewShop } from './helpers'

const CAUSE_B = 'demand_spike'

const rows = (bytes: Uint8Array): string[][] =>
  Buffer.from(bytes.subarray(3))
    .toString('utf8')
    .split('\r\n')
    .filter(Boolean)
    .map((l) => l.split(','))

describe('export.report causes order', () => {
  it('lists the causes by money lost when the chart shows money, its cumulative share rising down the file', async () => {
    const s = reviewShop()
    const a = s.sku('A', { priceFen: 3990, costFen: 1990 })
    const at = cst('2026-11-20 10:00')
    let n = 0
    // Three cases of one cause losing little; one case of another losing much.
    for (let i = 0; i < 3; i++)
      s.kase({
        order: s.order(`O${++n}`, { lines: [{ sku: a, qty: 1, amountFen: 3990 }] }),
        opened: at,
        cause: 'supplier_late',
        compensationFen: 100,
        lacking: [a]
      })
    s.kase({
      order: s.order(`O${++n}`, { lines: [{ sku: a, qty: 1, amountFen: 3990 }] }),
      opened: at,
      cause: CAUSE_B,
      compensationFen: 9000,
      lacking: [a]
    })

    const byCases = rows((await s.call('export.report', { days: 30, chart: 'causes', format: 'csv', lang: 'zh-CN' })).bytes)
    const byMoney = rows((await s.call('export.report', { days: 30, chart: 'causes', format: 'csv', lang: 'zh-CN', order: 'money' })).bytes)
    const code = byCases[0]!.indexOf('代码')
    const cum = byMoney[0]!.indexOf('损失金额累计占比(%)')
    expect(byCases[1]![code]).toBe('supplier_late')
    expect(byMoney[1]![code]).toBe(CAUSE_B)
    const shares = byMoney.slice(1).map((r) => Number(r[cum] || 0))
    for (let i = 1; i < shares.length; i++) expect(shares[i]!).toBeGreaterThanOrEqual(shares[i - 1]!)
    expect(Math.max(...shares)).toBe(100)
  })
})

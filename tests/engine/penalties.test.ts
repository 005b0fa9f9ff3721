import { describe, expect, it } from 'vitest'
import { penaltyFen } from '../../src/main/core/engine/penalty'
import { engineShop } from './helpers'

describe('penalty formulas', () => {
  it('a fixed penalty is the same for every order', () => {
    expect(penaltyFen({ kind: 'fixed', fixedFen: 300 }, 0)).toBe(300)
    expect(penaltyFen({ kind: 'fixed', fixedFen: 300 }, 999_999)).toBe(300)
  })

  it('a percentage is of the amount paid, rounded half up to the fen', () => {
    const tenPercent = { kind: 'percent', percentBp: 1000, minFen: 0, maxFen: null } as const
    expect(penaltyFen(tenPercent, 2345)).toBe(235)
    expect(penaltyFen(tenPercent, 2344)).toBe(234)
    expect(penaltyFen({ kind: 'percent', percentBp: 500, minFen: 0, maxFen: null }, 1)).toBe(0)
  })

  it('Pinduoduo 10% of paid is raised to the ¥5 minimum and capped at the ¥100 maximum', () => {
    const pdd = { kind: 'percent', percentBp: 1000, minFen: 500, maxFen: 10_000 } as const
    expect(penaltyFen(pdd, 3000)).toBe(500) // ¥3 → ¥5
    expect(penaltyFen(pdd, 5000)).toBe(500) // exactly ¥5
    expect(penaltyFen(pdd, 20_000)).toBe(2000) // ¥20
    expect(penaltyFen(pdd, 100_000)).toBe(10_000) // exactly ¥100
    expect(penaltyFen(pdd, 150_000)).toBe(10_000) // ¥150 → ¥100
  })

  it('every order gets the late penalty of its platform’s active rule', async () => {
    const s = engineShop()
    await s.sku('A', { onHand: 0 })
    s.order('PDD', [['A', 1]], { paidFen: 150_000 })
    s.order('TB-SMALL', [['A', 1]], { platform: 'taobao', paidFen: 2000 })
    s.order('TB-MID', [['A', 1]], { platform: 'taobao', paidFen: 40_000 })
    s.order('DY-BIG', [['A', 1]], { platform: 'douyin', paidFen: 200_000 })
    s.order('OTHER', [['A', 1]], { platform: 'other', paidFen: 200_000 })
    await s.recompute()
    const t = await s.triage()
    expect(t.get('PDD')!.lateFen).toBe(300)
    expect(t.get('TB-SMALL')!.lateFen).toBe(500) // 5% of ¥20 = ¥1 → min ¥5
    expect(t.get('TB-MID')!.lateFen).toBe(2000) // 5% of ¥400
    expect(t.get('DY-BIG')!.lateFen).toBe(10_000) // 10% of ¥2000 = ¥200 → max ¥100
    expect(t.get('OTHER')!.lateFen).toBe(0)
    // Switching Pinduoduo to the percentage preset recomputes at once.
    const rules = await s.call('rules.list', {})
    await s.call('rules.activate', { id: rules.find((r) => r.preset === 'pdd_percent_10')!.id })
    expect((await s.triage()).get('PDD')!.lateFen).toBe(10_000)
  })
})

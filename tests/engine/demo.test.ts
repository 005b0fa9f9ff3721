import { describe, expect, it } from 'vitest'
import { testShop } from '../helpers/shop'
import { messageFor } from '../../src/shared/i18n/translate'

describe('the engine on the demo shop', () => {
  it('loading the demo shop leaves short orders with a mix of wait, substitute and cancel, each with words', async () => {
    const s = testShop()
    await s.call('demo.load', { seed: 42 })
    const summary = await s.call('engine.summary', {})
    expect(summary.shortOrders).toBeGreaterThan(10)
    expect(summary.wait).toBeGreaterThan(0)
    expect(summary.substitute).toBeGreaterThan(0)
    expect(summary.cancel).toBeGreaterThan(0)
    expect(summary.wait + summary.substitute + summary.cancel).toBe(summary.shortOrders)
    const short = await s.call('engine.triage', { state: 'short', limit: 1000 })
    for (const r of short.rows) {
      expect(r.reason, r.orderNo).not.toBeNull()
      expect(messageFor('zh-CN', r.reason!.key)).not.toBe(r.reason!.key)
      if (r.recommendation === 'substitute') expect(r.substituteSku).not.toBeNull()
    }
    const alerts = await s.call('engine.alerts', {})
    const count = (k: string) => alerts.groups.find((g) => g.kind === k)!.count
    expect(count('out_of_stock')).toBeGreaterThanOrEqual(8)
    expect(count('incoming_overdue')).toBeGreaterThanOrEqual(2)
    expect(count('below_safety')).toBeGreaterThanOrEqual(3)
    expect((await s.call('engine.reorder', {})).groups.length).toBeGreaterThan(0)
  })

  it('other seeds keep the mix too', async () => {
    for (const seed of [7, 2024]) {
      const s = testShop()
      await s.call('demo.load', { seed })
      const summary = await s.call('engine.summary', {})
      expect([summary.wait > 0, summary.substitute > 0, summary.cancel > 0], `seed ${seed}`).toEqual([true, true, true])
    }
  })
})

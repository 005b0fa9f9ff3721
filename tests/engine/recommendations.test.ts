import { describe, expect, it } from 'vitest'
import { messageFor } from '../../src/shared/i18n/translate'
import { engineShop } from './helpers'

// FIXED_NOW is 2026-11-26 10:00 in Shanghai; every order below is due 24 h later (11-27 10:00) unless it says otherwise.
async function oneShortOrder(opts: { eta?: number; deadline?: number; paidFen?: number } = {}) {
  const s = engineShop()
  await s.sku('A', { onHand: 0 })
  if (opts.eta !== undefined) await s.incoming('A', 5, opts.eta)
  s.order('O1', [['A', 1]], { deadline: opts.deadline ?? 24, paidFen: opts.paidFen ?? 1000 })
  await s.recompute()
  return { s, row: (await s.triage()).get('O1')! }
}

describe('recommendations for short orders', () => {
  it('WAIT when restock arrives before the promised ship time', async () => {
    const { s, row } = await oneShortOrder({ eta: 10 })
    expect(row).toMatchObject({ state: 'short', recommendation: 'wait', readyAt: '2026-11-26T12:00:00.000Z' })
    expect(s.reason(row)).toBe('Wait: restock of A arrives 11-26 20:00, before the promised ship time 11-27 10:00.')
    expect(s.reason(row, 'zh-CN')).toBe('等待补货：A 的补货 11-26 20:00 到货，早于承诺发货时间 11-27 10:00。')
  })

  it('WAIT, asking the buyer to accept a short delay, when restock comes soon after the deadline and the penalty is small', async () => {
    const { s, row } = await oneShortOrder({ eta: 30 })
    expect(row.recommendation).toBe('wait')
    expect(row.reason!.key).toBe('engine.reasons.wait_short_delay')
    expect(s.reason(row)).toBe(
      'Ask the buyer to accept a short delay: restock of A arrives 11-27 16:00, 6 h after the promised ship time 11-27 10:00; late compensation is only ¥3.'
    )
  })

  it('CANCEL when restock arrives after the deadline by more than a short delay, naming the dates and the penalty', async () => {
    const { s, row } = await oneShortOrder({ eta: 73 })
    expect(row).toMatchObject({ recommendation: 'cancel', lateFen: 300, readyAt: '2026-11-29T03:00:00.000Z' })
    expect(s.reason(row)).toBe(
      'Cancel: restock of A arrives 11-29 11:00, after the promised ship time 11-27 10:00; late compensation ¥3. Tell the buyer and cancel now.'
    )
    expect(row.reason!.params).toEqual({ sku: 'A', restockAt: '2026-11-29T03:00:00.000Z', deadlineAt: '2026-11-27T02:00:00.000Z', lateFen: 300 })
  })

  it('CANCEL instead of a short delay when the late penalty is not small', async () => {
    const s = engineShop()
    const rules = await s.call('rules.list', {})
    await s.call('rules.activate', { id: rules.find((r) => r.preset === 'pdd_percent_10')!.id })
    await s.sku('A', { onHand: 0 })
    await s.incoming('A', 5, 30)
    s.order('O1', [['A', 1]], { deadline: 24, paidFen: 20_000 })
    await s.recompute()
    const row = (await s.triage()).get('O1')!
    expect(row).toMatchObject({ recommendation: 'cancel', lateFen: 2000 })
    expect(row.reason!.key).toBe('engine.reasons.cancel_restock_late')
  })

  it('CANCEL when no restock is on order at all', async () => {
    const { s, row } = await oneShortOrder()
    expect(row).toMatchObject({ recommendation: 'cancel', readyAt: null })
    expect(s.reason(row)).toBe(
      'Cancel: no restock of A is on order, so nothing can arrive by the promised ship time 11-27 10:00; late compensation ¥3. Tell the buyer and cancel now.'
    )
  })

  it('does not rely on a delivery that is already overdue, and says so', async () => {
    const { s, row } = await oneShortOrder({ eta: -5 })
    expect(row.recommendation).toBe('cancel')
    expect(s.reason(row)).toContain('the restock of A was due 11-26 05:00 and has not arrived')
  })

  it('restock is promised to earlier orders first: the second order cannot count on the same unit', async () => {
    const s = engineShop()
    await s.sku('A', { onHand: 0 })
    await s.incoming('A', 1, 5)
    s.order('FIRST', [['A', 1]], { deadline: 10 })
    s.order('SECOND', [['A', 1]], { deadline: 20 })
    await s.recompute()
    const t = await s.triage()
    expect(t.get('FIRST')!.recommendation).toBe('wait')
    expect(t.get('SECOND')!.recommendation).toBe('cancel')
    expect(t.get('SECOND')!.reason!.key).toBe('engine.reasons.cancel_restock_taken')
  })

  it('SUBSTITUTE when a substitute set on the product has enough free stock, and names it', async () => {
    const s = engineShop()
    await s.sku('B', { onHand: 3 })
    await s.sku('A', { onHand: 0, substitutes: ['B'] })
    s.order('O1', [['A', 2]], { deadline: 24 })
    await s.recompute()
    const row = (await s.triage()).get('O1')!
    expect(row).toMatchObject({ recommendation: 'substitute', substituteSku: 'B', substituteProductId: s.id('B'), shortSku: 'A' })
    expect(s.reason(row)).toBe(
      'Offer B instead of A: 3 available, the order needs 2; promised ship time 11-27 10:00. Ship it once the buyer agrees.'
    )
  })

  it('a substitute’s units are offered once, and never the units ready orders hold', async () => {
    const s = engineShop()
    await s.sku('B', { onHand: 5 })
    await s.sku('A', { onHand: 0, substitutes: ['B'] })
    s.order('B-BUYER', [['B', 2]], { deadline: 1 })
    s.order('A-1', [['A', 2]], { deadline: 10 })
    s.order('A-2', [['A', 2]], { deadline: 20 })
    await s.recompute()
    const t = await s.triage()
    expect(t.get('B-BUYER')!.state).toBe('ready')
    expect(t.get('A-1')).toMatchObject({ recommendation: 'substitute', substituteSku: 'B' })
    expect(t.get('A-2')).toMatchObject({ recommendation: 'cancel', substituteSku: null })
  })

  it('waiting for restock in time is preferred over a substitute', async () => {
    const s = engineShop()
    await s.sku('B', { onHand: 3 })
    await s.sku('A', { onHand: 0, substitutes: ['B'] })
    await s.incoming('A', 2, 5)
    s.order('O1', [['A', 1]], { deadline: 24 })
    await s.recompute()
    expect((await s.triage()).get('O1')!.recommendation).toBe('wait')
  })

  it('an overdue order waits for restock only when the delay stays short and the penalty small', async () => {
    const s = engineShop()
    await s.sku('A', { onHand: 0 })
    await s.incoming('A', 1, 2)
    await s.sku('C', { onHand: 0 })
    await s.incoming('C', 1, 50)
    s.order('LATE-A', [['A', 1]], { deadline: -5 })
    s.order('LATE-C', [['C', 1]], { deadline: -5 })
    await s.recompute()
    const t = await s.triage()
    expect(t.get('LATE-A')).toMatchObject({ overdue: true, hoursLeft: -5, recommendation: 'wait' })
    expect(t.get('LATE-A')!.reason!.params.delayHours).toBe(7)
    expect(t.get('LATE-C')).toMatchObject({ overdue: true, recommendation: 'cancel' })
  })

  it('a multi-SKU order names the SKU that arrives last, and every reason key has words in both languages', async () => {
    const s = engineShop()
    await s.sku('A', { onHand: 0 })
    await s.sku('B', { onHand: 0 })
    await s.incoming('A', 1, 3)
    await s.incoming('B', 1, 80)
    s.order('AB', [['A', 1], ['B', 1]], { deadline: 24 })
    await s.recompute()
    const row = (await s.triage()).get('AB')!
    expect(row).toMatchObject({ recommendation: 'cancel', shortSku: 'B' })
    for (const lang of ['en', 'zh-CN'] as const) expect(messageFor(lang, row.reason!.key)).not.toBe(row.reason!.key)
  })

  it('totals the penalty exposure of short orders for the Alerts screen', async () => {
    const s = engineShop()
    await s.sku('A', { onHand: 0 })
    s.order('P1', [['A', 1]], { deadline: 5 })
    s.order('P2', [['A', 1]], { deadline: -1 })
    s.order('T1', [['A', 1]], { deadline: 6, platform: 'taobao', paidFen: 70_000 })
    await s.recompute()
    const a = await s.call('engine.alerts', {})
    // Pinduoduo ¥3 + ¥3, Taobao 5% of ¥700 = ¥35 clamped to ¥30.
    expect(a.summary).toMatchObject({ shortOrders: 3, lateFenShort: 300 + 300 + 3000, cancel: 3 })
    expect(a).toMatchObject({ overdueShort: 1, lateFenOverdue: 300 })
  })
})

import { describe, expect, it } from 'vitest'
import { pddCsv } from '../import-apply/pdd-csv'
import { FIXED_NOW } from '../helpers/shop'
import { at, engineShop, HOUR, storedResults } from './helpers'

const computedAt = (s: ReturnType<typeof engineShop>) =>
  (s.db.prepare('SELECT computed_at AS at FROM engine_state').get() as { at: string } | undefined)?.at ?? null

describe('recompute after every change', () => {
  it('a stock movement, a product edit, a mapping and a settings change each recompute at once', async () => {
    let clock = FIXED_NOW.getTime()
    const s = engineShop(() => new Date(clock))
    await s.sku('B', { onHand: 5 })
    await s.sku('A', { onHand: 0 })
    s.order('O1', [['A', 1]], { deadline: 24 })
    s.order('O2', [[null, 1]], { deadline: 24 })
    await s.recompute()
    const row = async (no: string) => (await s.call('engine.triage', { limit: 1000 })).rows.find((r) => r.orderNo === no)!

    clock += 60_000
    const a = await s.call('products.get', { id: s.id('A') })
    await s.call('products.update', { id: a.id, name: a.name, spec: a.spec, priceFen: 0, unitCostFen: 0, safetyStock: 0, supplierId: null, leadTimeDays: null, substituteIds: [s.id('B')] })
    expect(computedAt(s)).toBe(new Date(clock).toISOString())
    expect((await row('O1')).recommendation).toBe('substitute')

    clock += 60_000
    await s.call('stock.move', { productId: s.id('A'), type: 'receive', quantity: 1 })
    expect((await row('O1')).state).toBe('ready')

    clock += 60_000
    await s.call('skuMappings.save', { platform: 'pdd', code: 'UNKNOWN-CODE', productId: s.id('B') })
    expect((await row('O2')).state).toBe('ready')

    clock += 60_000
    await s.call('settings.update', { serviceLevel: 0.9 })
    expect((await s.call('engine.summary', {})).serviceLevel).toBe(0.9)
    expect(computedAt(s)).toBe(new Date(clock).toISOString())
  })

  it('an applied import recomputes; a preview does not', async () => {
    let clock = FIXED_NOW.getTime()
    const s = engineShop(() => new Date(clock))
    await s.sku('BWB-500-WHT', { onHand: 1 })
    await s.recompute()
    const run = async (dryRun: boolean) => {
      let job = await s.call('import.start', {
        kind: 'orders',
        fileName: 'o.csv',
        bytes: pddCsv([{ orderNo: '261126-000000000000001' }, { orderNo: '261126-000000000000002', shipBy: '2026-11-28 20:00:00' }]),
        dryRun
      })
      while (job.state === 'running') {
        await new Promise((r) => setTimeout(r, 5))
        job = await s.call('import.job', { jobId: job.jobId })
      }
      return job
    }
    clock += HOUR
    await run(true)
    expect(computedAt(s)).toBe(FIXED_NOW.toISOString())
    clock += HOUR
    expect((await run(false)).report!.applied).toBe(true)
    expect(computedAt(s)).toBe(new Date(clock).toISOString())
    const summary = await s.call('engine.summary', {})
    expect(summary).toMatchObject({ openOrders: 2, readyOrders: 1, shortOrders: 1 })
  })

  it('stored results older than ten minutes are recomputed before they are read', async () => {
    let clock = FIXED_NOW.getTime()
    const s = engineShop(() => new Date(clock))
    await s.sku('A', { onHand: 0 })
    s.order('O1', [['A', 1]], { deadline: 1 })
    await s.recompute()
    clock += 5 * 60_000
    await s.call('engine.alerts', {})
    expect(computedAt(s)).toBe(FIXED_NOW.toISOString())
    clock += 6 * 60_000
    const a = await s.call('engine.alerts', {})
    expect(computedAt(s)).toBe(new Date(clock).toISOString())
    expect(a.groups.find((g) => g.kind === 'short_order')!.items[0]!.hoursLeft).toBe(0.8)
  })

  it('a recompute that fails never undoes the change that triggered it; the next read reports the failure', async () => {
    const s = engineShop()
    await s.sku('A', { onHand: 0 })
    await s.recompute()
    s.db.exec('DROP TABLE engine_skus')
    const quiet = console.error
    console.error = () => {}
    try {
      const m = await s.call('stock.move', { productId: s.id('A'), type: 'receive', quantity: 3 })
      expect(m.balance).toBe(3)
      expect(computedAt(s)).toBeNull()
      expect(await s.fail('engine.summary', {})).toMatchObject({ code: 'internal' })
    } finally {
      console.error = quiet
    }
  })
})

describe('what-if: evaluating as of another moment', () => {
  it('shows the orders as they would stand then, and leaves the stored results exactly as they were', async () => {
    const s = engineShop()
    await s.sku('A', { onHand: 0 })
    await s.incoming('A', 1, 10)
    s.order('O1', [['A', 1]], { deadline: 24 })
    await s.recompute()
    const before = storedResults(s)
    const now = (await s.triage()).get('O1')!
    expect(now).toMatchObject({ hoursLeft: 24, recommendation: 'wait' })
    // Two days on, the delivery is overdue and the order is past its deadline.
    const later = (await s.triage(at(48))).get('O1')!
    expect(later).toMatchObject({ hoursLeft: -24, overdue: true, recommendation: 'cancel' })
    expect(later.reason!.key).toBe('engine.reasons.cancel_restock_overdue')
    const alerts = await s.call('engine.alerts', { now: at(48) })
    expect(alerts.groups.find((g) => g.kind === 'incoming_overdue')!.count).toBe(1)
    expect(storedResults(s)).toBe(before)
    expect((await s.triage()).get('O1')!.recommendation).toBe('wait')
  })

  it('an order’s detail shows each line’s stock, deliveries and substitutes', async () => {
    const s = engineShop()
    await s.sku('B', { onHand: 4 })
    await s.sku('A', { onHand: 1, substitutes: ['B'] })
    await s.incoming('A', 3, -2)
    const id = s.order('O1', [['A', 2], ['B', 1]], { deadline: 24 })
    await s.recompute()
    const d = await s.call('engine.order', { orderId: id })
    expect(d).toMatchObject({ state: 'short', recommendation: 'substitute', substituteSku: 'B' })
    expect(d.lines).toEqual([
      expect.objectContaining({ sku: 'A', quantity: 2, allocated: 0, lacking: true, onHand: 1, available: 1, substitutes: [{ productId: s.id('B'), sku: 'B', available: 4 }] }),
      expect.objectContaining({ sku: 'B', quantity: 1, allocated: 0, lacking: false, available: 4, substitutes: [] })
    ])
    expect(d.lines[0]!.incoming).toEqual([{ id: expect.any(Number), quantity: 3, expectedAt: at(-2), overdue: true }])
    expect(await s.fail('engine.order', { orderId: 999 })).toMatchObject({ code: 'not_found' })
  })
})

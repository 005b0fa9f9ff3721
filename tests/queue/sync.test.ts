// Cases follow the engine: a recompute opens one case per short order and keeps
// every open case's situation, deadline and penalties in step with its order.
import { describe, expect, it } from 'vitest'
import { pddCsv } from '../import-apply/pdd-csv'
import { at } from '../engine/helpers'
import { oneShortOrder, queueShop } from './helpers'

const count = (s: { db: { prepare: (sql: string) => { get: () => unknown } } }, sql: string): number =>
  Number(Object.values(s.db.prepare(sql).get() as object)[0])

describe('cases follow the engine', () => {
  it('one case per short order, naming what it is short of, with deadline and penalties; ready and unmapped orders get none', async () => {
    const s = queueShop()
    await s.sku('A', { onHand: 1 })
    await s.sku('B', { onHand: 0 })
    s.order('READY', [['A', 1]], { deadline: 5 })
    s.order(
      'SHORT-1',
      [
        ['A', 1],
        ['B', 2]
      ],
      { deadline: 10, paidFen: 5000 }
    )
    s.order('SHORT-2', [['B', 1]], { deadline: -3 })
    s.order('UNMAPPED', [[null, 1]])
    await s.recompute()
    const page = await s.call('queue.list', {})
    expect(page.rows.map((r) => [r.orderNo, r.step, r.situation, r.shortSkus, r.overdue])).toEqual([
      ['SHORT-2', 'notify', 'short', ['B'], true],
      // READY (earlier deadline) took the only A, so SHORT-1 lacks both.
      ['SHORT-1', 'notify', 'short', ['A', 'B'], false]
    ])
    expect(page.rows[1]).toMatchObject({ deadline: at(10), lateFen: 300, hoursLeft: 10, itemsSummary: 'A ×1；B ×2' })
    // Recomputing again opens nothing more and writes nothing to the timelines.
    const events = count(s, 'SELECT COUNT(*) FROM queue_events')
    await s.recompute()
    await s.call('stock.move', { productId: s.id('A'), type: 'receive', quantity: 3 })
    expect(count(s, 'SELECT COUNT(*) FROM queue_cases')).toBe(2)
    expect(count(s, 'SELECT COUNT(*) FROM queue_events')).toBe(events)
  })

  it('a what-if read opens no case', async () => {
    const s = await oneShortOrder()
    s.order('O2', [['A', 1]])
    await s.call('engine.triage', { now: at(5) })
    expect(count(s, `SELECT COUNT(*) FROM queue_cases`)).toBe(1)
  })

  it('an order imported short gets its case as the import is applied', async () => {
    const s = queueShop()
    await s.sku('BWB-500-WHT', { onHand: 0 })
    let job = await s.call('import.start', {
      kind: 'orders',
      fileName: 'o.csv',
      bytes: pddCsv([{ orderNo: '261126-000000000000001' }]),
      dryRun: false
    })
    while (job.state === 'running') {
      await new Promise((r) => setTimeout(r, 5))
      job = await s.call('import.job', { jobId: job.jobId })
    }
    expect((await s.caseOf('261126-000000000000001')).shortSkus).toEqual(['BWB-500-WHT'])
  })

  it('an order that ships outside the queue is noted on its case, which then closes without a cancel', async () => {
    const s = await oneShortOrder()
    const caseId = s.caseId('O1')
    s.db.prepare(`UPDATE orders SET status = 'shipped' WHERE id = ?`).run(s.orderId)
    await s.recompute()
    const c = await s.call('queue.get', { caseId })
    expect(c).toMatchObject({ situation: 'shipped', step: 'cause', hoursLeft: null, consequences: [], engine: null })
    expect(c.timeline.at(-1)?.message).toEqual({ key: 'cases.events.situation', params: { from: 'short', to: 'shipped', step: 'cause' } })
    expect(c.allowed.cancel).toEqual({ allowed: false, refusal: 'errors.case_order_shipped' })
    await s.call('queue.cause', { caseId, cause: 'supplier_late' })
    expect((await s.call('queue.close', { caseId })).step).toBe('closed')
  })

  it('an order cancelled on the platform (seen by an import) goes to the refund step', async () => {
    const s = await oneShortOrder()
    const caseId = s.caseId('O1')
    s.db.prepare(`UPDATE orders SET status = 'cancelled' WHERE id = ?`).run(s.orderId)
    await s.recompute()
    expect(await s.call('queue.get', { caseId })).toMatchObject({ situation: 'cancelled', step: 'refund' })
    expect((await s.call('queue.counts', {})).resolvedElsewhere).toBe(1)
  })

  it('a closed case whose order is short again is reopened, and says so', async () => {
    const s = await oneShortOrder()
    const caseId = s.caseId('O1')
    await s.call('stock.move', { productId: s.id('A'), type: 'receive', quantity: 1 })
    await s.call('queue.cause', { caseId, cause: 'count_error' })
    expect((await s.call('queue.close', { caseId })).step).toBe('closed')
    // The unit turns out to be damaged: the order is short again.
    await s.call('stock.move', { productId: s.id('A'), type: 'adjust', quantity: -1, reason: '破损' })
    const c = await s.call('queue.get', { caseId })
    expect(c).toMatchObject({ step: 'notify', situation: 'short', closedAt: null, causeCode: 'count_error' })
    expect(c.timeline.map((e) => e.kind)).toEqual(['opened', 'situation', 'cause_set', 'closed', 'reopened'])
  })

  it('deadlines and penalties follow the platform rule in force', async () => {
    const s = await oneShortOrder()
    const rule = (await s.call('rules.list', {})).find((r) => r.platform === 'pdd' && r.active)!
    const { platform, name, shipWindowHours, stockout, source, sourceDate } = rule
    await s.call('rules.save', {
      id: rule.id,
      platform,
      name,
      shipWindowHours,
      stockout,
      source,
      sourceDate,
      late: { kind: 'fixed', fixedFen: 700 }
    })
    expect((await s.caseOf('O1')).lateFen).toBe(700)
  })
})

import { describe, expect, it } from 'vitest'
import { FIXED_NOW } from '../helpers/shop'
import { at, engineShop } from './helpers'

async function shop() {
  const s = engineShop()
  s.db.prepare(`INSERT INTO suppliers (name, lead_time_days, created_at) VALUES ('义乌杯业', 5, ?)`).run(FIXED_NOW.toISOString())
  await s.sku('A', { onHand: 0, supplier: 1 })
  s.order('O1', [['A', 2]], { deadline: 24 })
  await s.recompute()
  return s
}

describe('incoming stock', () => {
  it('a delivery is added with the SKU’s supplier by default and makes a short order wait for it', async () => {
    const s = await shop()
    expect((await s.triage()).get('O1')!.recommendation).toBe('cancel')
    const d = await s.call('incoming.add', { productId: s.id('A'), quantity: 5, expectedAt: '2026-11-26T20:00:00+08:00' })
    expect(d).toMatchObject({ status: 'open', quantity: 5, expectedAt: '2026-11-26T12:00:00.000Z', supplierName: '义乌杯业', overdue: false, orderedAt: FIXED_NOW.toISOString() })
    expect((await s.triage()).get('O1')).toMatchObject({ recommendation: 'wait', readyAt: '2026-11-26T12:00:00.000Z' })
    const pos = (await s.call('engine.positions', { filter: 'incoming' })).rows[0]!
    expect(pos).toMatchObject({ merchantCode: 'A', incomingUnits: 5, nextIncomingAt: '2026-11-26T12:00:00.000Z', onHand: 0 })
  })

  it('an arrival time without a time zone is refused: the contract takes instants only', async () => {
    const s = await shop()
    const e = await s.fail('incoming.add', { productId: s.id('A'), quantity: 5, expectedAt: '2026-11-26 20:00' })
    expect(e).toMatchObject({ code: 'invalid_input', field: 'expectedAt' })
  })

  it('editing a delivery’s date moves the recommendation; a past date makes it overdue', async () => {
    const s = await shop()
    const d = await s.call('incoming.add', { productId: s.id('A'), quantity: 5, expectedAt: at(5) })
    const moved = await s.call('incoming.update', { id: d.id, quantity: 5, expectedAt: at(-1) })
    expect(moved.overdue).toBe(true)
    expect((await s.triage()).get('O1')!.reason!.key).toBe('engine.reasons.cancel_restock_overdue')
  })

  it('receiving appends a receive movement to the ledger, links it, and the short order becomes ready', async () => {
    const s = await shop()
    const d = await s.call('incoming.add', { productId: s.id('A'), quantity: 5, expectedAt: at(5) })
    const r = await s.call('incoming.receive', { id: d.id })
    expect(r.movement).toMatchObject({ type: 'receive', quantity: 5, balance: 5, ref: `incoming:${d.id}` })
    expect(r.incoming).toMatchObject({ status: 'received', movementId: r.movement.id, receivedAt: FIXED_NOW.toISOString() })
    expect((await s.call('products.get', { id: s.id('A') })).onHand).toBe(5)
    expect((await s.triage()).get('O1')!.state).toBe('ready')
    expect((await s.call('audit.list', {})).rows.map((a) => a.action)).toContain('incoming.receive')
  })

  it('a delivery can be received once; a received or cancelled one cannot be changed', async () => {
    const s = await shop()
    const d = await s.call('incoming.add', { productId: s.id('A'), quantity: 5, expectedAt: at(5) })
    await s.call('incoming.receive', { id: d.id, quantity: 4 })
    expect(await s.fail('incoming.receive', { id: d.id })).toMatchObject({ code: 'conflict', messageKey: 'engine.errors.incoming_not_open' })
    expect((await s.call('products.get', { id: s.id('A') })).onHand).toBe(4)
    const e = await s.call('incoming.add', { productId: s.id('A'), quantity: 1, expectedAt: at(5) })
    const cancelled = await s.call('incoming.cancel', { id: e.id, reason: '供应商断货' })
    expect(cancelled).toMatchObject({ status: 'cancelled', note: '供应商断货' })
    expect(await s.fail('incoming.update', { id: e.id, quantity: 2, expectedAt: at(5) })).toMatchObject({ code: 'conflict' })
  })

  it('lists open deliveries first by arrival, and filters by status and SKU', async () => {
    const s = await shop()
    await s.call('incoming.add', { productId: s.id('A'), quantity: 1, expectedAt: at(30) })
    const early = await s.call('incoming.add', { productId: s.id('A'), quantity: 2, expectedAt: at(3) })
    await s.call('incoming.cancel', { id: early.id })
    expect((await s.call('incoming.list', {})).rows.map((r) => r.quantity)).toEqual([1])
    expect((await s.call('incoming.list', { status: null })).rows.map((r) => [r.quantity, r.status])).toEqual([
      [1, 'open'],
      [2, 'cancelled']
    ])
    expect((await s.call('incoming.list', { status: null, productId: s.id('A') })).total).toBe(2)
  })
})

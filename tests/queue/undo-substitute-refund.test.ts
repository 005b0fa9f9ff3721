// Undo restores exactly; a substitute accepted moves the line and the stock it
// claims; a refund is never negative, never more than paid, and exact to the fen.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { at } from '../engine/helpers'
import { oneShortOrder } from './helpers'

const sku = (s: Awaited<ReturnType<typeof oneShortOrder>>, code: string) =>
  s.db
    .prepare('SELECT on_hand AS onHand, allocated, available, waiting_units AS waiting FROM engine_skus WHERE product_id = ?')
    .get(s.id(code)) as {
    onHand: number
    allocated: number
    available: number
    waiting: number
  }

describe('a substitute accepted', () => {
  it('moves the short line to the substitute SKU and re-runs allocation: the substitute is allocated, the ledger is untouched', async () => {
    const s = await oneShortOrder()
    const caseId = s.caseId('O1')
    const ledger = s.ledger()
    expect(sku(s, 'A')).toMatchObject({ onHand: 0, allocated: 0, waiting: 1 })
    expect(sku(s, 'A2')).toMatchObject({ onHand: 5, allocated: 0, available: 5 })
    await s.call('queue.notify', { caseId })
    // The engine suggests A2; the offer takes it when none is named.
    const offered = await s.call('queue.offer', { caseId, kind: 'substitute' })
    expect(offered.offer).toMatchObject({ kind: 'substitute', substitute: { sku: 'A2' } })
    const after = await s.call('queue.answer', { caseId, answer: 'accepted_substitute' })
    expect(after.order.lines).toEqual([
      expect.objectContaining({
        lineNo: 1,
        merchantCode: 'A',
        sku: 'A2',
        short: false,
        substitutedFrom: { productId: s.id('A'), sku: 'A' }
      })
    ])
    expect(after).toMatchObject({ situation: 'ready', step: 'followup', shortSkus: ['A'] })
    expect(sku(s, 'A')).toMatchObject({ onHand: 0, allocated: 0, waiting: 0 })
    expect(sku(s, 'A2')).toMatchObject({ onHand: 5, allocated: 1, available: 4 })
    expect(s.ledger()).toBe(ledger)
    const triage = await s.triage()
    expect(triage.get('O1')).toMatchObject({ state: 'ready' })
  })

  it('with several lines of the replaced SKU, all of them move; lines of other SKUs stay', async () => {
    const s = await oneShortOrder()
    s.order(
      'O2',
      [
        ['A', 1],
        ['B', 2],
        ['A', 1]
      ],
      { deadline: 30 }
    )
    await s.recompute()
    const caseId = s.caseId('O2')
    await s.call('queue.notify', { caseId })
    await s.call('queue.offer', { caseId, kind: 'substitute', substituteId: s.id('A2') })
    const c = await s.call('queue.answer', { caseId, answer: 'accepted_substitute' })
    expect(c.order.lines.map((l) => l.sku)).toEqual(['A2', 'B', 'A2'])
    expect(sku(s, 'A2').allocated).toBe(2)
    expect(sku(s, 'B').allocated).toBe(2)
  })

  it('a substitute that cannot stand in is refused: the same SKU, or a SKU the order does not have to replace', async () => {
    const s = await oneShortOrder()
    const caseId = s.caseId('O1')
    await s.call('queue.notify', { caseId })
    expect(await s.fail('queue.offer', { caseId, kind: 'substitute', substituteId: s.id('A') })).toMatchObject({
      code: 'invalid_input',
      field: 'substituteId',
      messageKey: 'errors.case_substitute_invalid'
    })
    expect(await s.fail('queue.offer', { caseId, kind: 'substitute', substituteId: 999 })).toMatchObject({
      messageKey: 'errors.case_substitute_invalid'
    })
  })
})

describe('undo', () => {
  const steps: [string, (s: Awaited<ReturnType<typeof oneShortOrder>>, caseId: number) => Promise<unknown>][] = [
    ['notify', (s, caseId) => s.call('queue.notify', { caseId, channel: 'sms', message: '亲，缺货了' })],
    ['offer', (s, caseId) => s.call('queue.offer', { caseId, kind: 'coupon', couponFen: 500 })],
    ['answer will_wait', (s, caseId) => s.call('queue.answer', { caseId, answer: 'will_wait', waitUntil: at(60) })],
    [
      'answer accepted_substitute',
      async (s, caseId) => {
        await s.call('queue.offer', { caseId, kind: 'substitute' })
        return s.call('queue.answer', { caseId, answer: 'accepted_substitute' })
      }
    ],
    ['cancel', (s, caseId) => s.call('queue.cancel', { caseId, reasonId: s.reasonId() })],
    [
      'refund',
      async (s, caseId) => {
        await s.call('queue.cancel', { caseId, reasonId: s.reasonId() })
        return s.call('queue.refund', { caseId, refundFen: 1000, compensationFen: 300 })
      }
    ],
    ['cause', (s, caseId) => s.call('queue.cause', { caseId, cause: 'demand_spike', note: '直播爆单' })]
  ]

  for (const [name, run] of steps) {
    it(`after ${name}, undo puts the case, the order, its lines and the allocation back exactly`, async () => {
      const s = await oneShortOrder()
      const caseId = s.caseId('O1')
      await s.call('queue.notify', { caseId })
      // The setup steps of the two-step cases are undone too, so the comparison starts after notify.
      const before = s.state()
      const ledgerRows = s.db.prepare('SELECT COUNT(*) AS n FROM stock_movements').get()
      const actions = name === 'answer accepted_substitute' || name === 'refund' ? 2 : 1
      if (name === 'notify') {
        await s.call('queue.undo', { caseId })
        const fresh = s.state()
        await run(s, caseId)
        await s.call('queue.undo', { caseId })
        expect(s.state()).toBe(fresh)
      } else {
        await run(s, caseId)
        expect(s.state()).not.toBe(before)
        for (let i = 0; i < actions; i++) await s.call('queue.undo', { caseId })
        expect(s.state()).toBe(before)
      }
      expect(s.db.prepare('SELECT COUNT(*) AS n FROM stock_movements').get()).toEqual(ledgerRows)
      // Nothing is erased from the history: the undone steps stay, marked, each followed by an "undone" event.
      const c = await s.call('queue.get', { caseId })
      const undone = c.timeline.filter((e) => e.undone)
      expect(undone.length).toBe(c.timeline.filter((e) => e.kind === 'undone').length)
      expect(undone.length).toBeGreaterThanOrEqual(1)
    })
  }

  it('undoes a close, then the cause, one step back at a time, and says when nothing is left', async () => {
    const s = await oneShortOrder()
    const caseId = s.caseId('O1')
    const states: string[] = [s.state()]
    const run = [
      () => s.call('queue.notify', { caseId }),
      () => s.call('queue.cancel', { caseId, reasonId: s.reasonId() }),
      () => s.call('queue.refund', { caseId }),
      () => s.call('queue.followup', { caseId, feedback: 'neutral' }),
      () => s.call('queue.cause', { caseId, cause: 'supplier_late' }),
      () => s.call('queue.close', { caseId })
    ]
    for (const step of run) {
      await step()
      states.push(s.state())
    }
    for (let i = states.length - 2; i >= 0; i--) {
      const c = await s.call('queue.undo', { caseId })
      expect(s.state(), `after undoing back to state ${i}`).toBe(states[i])
      expect(c.canUndo).toBe(i > 0)
    }
    expect(await s.fail('queue.undo', { caseId })).toMatchObject({ code: 'illegal_transition', messageKey: 'errors.case_nothing_to_undo' })
    expect(s.db.prepare(`SELECT COUNT(*) AS n FROM audit_log WHERE action = 'queue.undo'`).get()).toEqual({ n: 6 })
  })

  it('refuses to undo a cancel once the order changed outside the queue (an import said it shipped), rather than overwrite it', async () => {
    const s = await oneShortOrder()
    const caseId = s.caseId('O1')
    await s.call('queue.notify', { caseId })
    await s.call('queue.cancel', { caseId, reasonId: s.reasonId() })
    s.db.prepare(`UPDATE orders SET after_sale = 'in_progress' WHERE id = ?`).run(s.orderId)
    const before = s.state({ events: true })
    expect(await s.fail('queue.undo', { caseId })).toMatchObject({ messageKey: 'errors.case_undo_stale' })
    expect(s.state({ events: true })).toBe(before)
  })

  it('undo of notify on a case whose order became ready meanwhile gives the step that fits now', async () => {
    const s = await oneShortOrder()
    const caseId = s.caseId('O1')
    await s.call('queue.notify', { caseId })
    await s.call('stock.move', { productId: s.id('A'), type: 'receive', quantity: 1 })
    expect((await s.call('queue.get', { caseId })).step).toBe('followup')
    expect((await s.call('queue.undo', { caseId })).step).toBe('cause')
  })
})

describe('refunds', () => {
  const cancelled = async () => {
    const s = await oneShortOrder()
    const caseId = s.caseId('O1')
    await s.call('queue.notify', { caseId })
    await s.call('queue.cancel', { caseId, reasonId: s.reasonId() })
    return { s, caseId }
  }

  it('default to what the buyer paid, marked full, and mark the order refunded', async () => {
    const { s, caseId } = await cancelled()
    const c = await s.call('queue.get', { caseId })
    expect(c.refundDefaultFen).toBe(2990)
    const r = await s.call('queue.refund', { caseId })
    expect(r.refund).toMatchObject({ refundFen: 2990, compensationFen: 0, full: true })
    expect(r.order).toMatchObject({ status: 'cancelled', afterSale: 'refunded' })
  })

  it('can never exceed the amount paid, by one fen or by a lot, and change nothing when refused', async () => {
    const { s, caseId } = await cancelled()
    const before = s.state({ events: true })
    for (const refundFen of [2991, 100_000]) {
      expect(await s.fail('queue.refund', { caseId, refundFen })).toMatchObject({
        code: 'invalid_input',
        field: 'refundFen',
        messageKey: 'errors.refund_above_paid',
        params: { refund: refundFen === 2991 ? '¥29.91' : '¥1,000', paid: '¥29.90' }
      })
    }
    expect(s.state({ events: true })).toBe(before)
    // The schema keeps it too, whatever path writes.
    expect(() => s.db.prepare('UPDATE queue_cases SET refund_fen = 2991, refunded_at = ? WHERE id = ?').run(at(0), caseId)).toThrow(
      /refund above/
    )
  })

  it('are never negative and always whole fen: -1, 0.5 and NaN are refused at the boundary', async () => {
    const { s, caseId } = await cancelled()
    for (const refundFen of [-1, 0.5, 1999.9, Number.NaN]) {
      expect(await s.fail('queue.refund', { caseId, refundFen }), String(refundFen)).toMatchObject({
        code: 'invalid_input',
        field: 'refundFen'
      })
    }
    expect(await s.fail('queue.refund', { caseId, compensationFen: -300 })).toMatchObject({
      code: 'invalid_input',
      field: 'compensationFen'
    })
  })

  it('property: any whole amount from 0 to the amount paid is stored exactly; a partial one is not marked full', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 5_000_000 }), fc.nat(), fc.nat({ max: 100_000 }), async (paid, pick, compensation) => {
        const s = await oneShortOrder()
        s.db.prepare('UPDATE orders SET paid_fen = ? WHERE id = ?').run(paid, s.orderId)
        const caseId = s.caseId('O1')
        await s.call('queue.notify', { caseId })
        await s.call('queue.cancel', { caseId, reasonId: s.reasonId() })
        const amount = pick % (paid + 1)
        const r = await s.call('queue.refund', { caseId, refundFen: amount, compensationFen: compensation })
        expect(r.refund).toEqual({ at: expect.any(String), refundFen: amount, compensationFen: compensation, full: amount === paid })
        expect(r.refundFen).toBe(amount)
      }),
      { numRuns: 25 }
    )
  })

  it('a partial refund can follow an accepted substitute (a cheaper one); compensation is recorded apart from it', async () => {
    const s = await oneShortOrder()
    const caseId = s.caseId('O1')
    await s.call('queue.notify', { caseId })
    await s.call('queue.offer', { caseId, kind: 'substitute' })
    await s.call('queue.answer', { caseId, answer: 'accepted_substitute' })
    const r = await s.call('queue.refund', { caseId, refundFen: 500, compensationFen: 300 })
    expect(r.refund).toMatchObject({ refundFen: 500, compensationFen: 300, full: false })
    // The order was not cancelled: it ships with the substitute, so it is not marked refunded.
    expect(r.order).toMatchObject({ status: 'awaiting_shipment', afterSale: 'none' })
    expect(r.timeline.at(-1)?.message).toEqual({
      key: 'cases.events.refunded_compensation',
      params: { refundFen: 500, paidFen: 2990, compensationFen: 300, full: 0, note: '' }
    })
  })
})

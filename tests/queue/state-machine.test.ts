// Every action from every state a case can be in: legal ones give the expected
// next step, illegal ones are refused with their own message and change nothing
// (not the case, not the timeline, not the order, not the allocation).
import { describe, expect, it } from 'vitest'
import { at } from '../engine/helpers'
import { dispatch } from '../../src/main/core/dispatch'
import type { Answer, CaseStep } from '../../src/shared/queue-types'
import { messageFor } from '../../src/shared/i18n/translate'
import { oneShortOrder, type QueueShop } from './helpers'

type Shop = QueueShop & { orderId: number }
type Op = (s: Shop, caseId: number) => Promise<unknown>

const call =
  (name: string, input: Record<string, unknown>): Op =>
  (s, caseId) =>
    s.call(name as never, { caseId, ...input } as never)
const sub = (s: Shop): number => s.id('A2')

const OPS = {
  notify: call('queue.notify', { channel: 'phone' }),
  offer_substitute: (s: Shop, caseId: number) => s.call('queue.offer', { caseId, kind: 'substitute', substituteId: sub(s) }),
  offer_wait: call('queue.offer', { kind: 'wait', waitUntil: at(48) }),
  offer_coupon: call('queue.offer', { kind: 'coupon', couponFen: 500 }),
  offer_refund: call('queue.offer', { kind: 'refund' }),
  answer_accept: call('queue.answer', { answer: 'accepted_substitute' }),
  answer_wait: call('queue.answer', { answer: 'will_wait', waitUntil: at(30) }),
  answer_cancel: call('queue.answer', { answer: 'agreed_cancel' }),
  answer_noreply: call('queue.answer', { answer: 'no_reply', replyBy: at(5) }),
  cancel: (s: Shop, caseId: number) => s.call('queue.cancel', { caseId, reasonId: s.reasonId() }),
  refund: call('queue.refund', {}),
  followup: call('queue.followup', { feedback: 'satisfied', note: '买家表示理解' }),
  cause: call('queue.cause', { cause: 'supplier_late' }),
  close: call('queue.close', {}),
  undo: call('queue.undo', {})
} satisfies Record<string, Op>
type Action = keyof typeof OPS

// What happens outside the queue: stock arrives, the order ships or is cancelled on the platform (as an import would record it).
const arrives: Op = (s) => s.call('stock.move', { productId: s.id('A'), type: 'receive', quantity: 1 })
const outside =
  (status: 'shipped' | 'cancelled'): Op =>
  async (s) => {
    s.db.prepare('UPDATE orders SET status = ? WHERE id = ?').run(status, s.orderId)
    await s.call('engine.recompute', {})
  }

/** How each state is reached from a new case. */
const STATES: Record<string, Op[]> = {
  new: [],
  notified: [OPS.notify],
  offered_substitute: [OPS.notify, OPS.offer_substitute],
  offered_wait: [OPS.notify, OPS.offer_wait],
  no_reply: [OPS.notify, OPS.offer_wait, OPS.answer_noreply],
  agreed_unnotified: [OPS.answer_cancel],
  will_wait: [OPS.notify, OPS.offer_wait, OPS.answer_wait],
  substituted: [OPS.notify, OPS.offer_substitute, OPS.answer_accept],
  cancelled: [OPS.notify, OPS.cancel],
  refunded: [OPS.notify, OPS.cancel, OPS.refund],
  followed_up: [OPS.notify, OPS.cancel, OPS.refund, OPS.followup],
  to_close: [OPS.notify, OPS.cancel, OPS.refund, OPS.followup, OPS.cause],
  closed: [OPS.notify, OPS.cancel, OPS.refund, OPS.followup, OPS.cause, OPS.close],
  ready_by_itself: [arrives],
  shipped_outside: [OPS.notify, outside('shipped')],
  cancelled_outside: [OPS.notify, outside('cancelled')]
}

const STEP_OF_STATE: Record<keyof typeof STATES, CaseStep> = {
  new: 'notify',
  notified: 'offer',
  offered_substitute: 'answer',
  offered_wait: 'answer',
  no_reply: 'cancel',
  agreed_unnotified: 'cancel',
  will_wait: 'waiting',
  substituted: 'followup',
  cancelled: 'refund',
  refunded: 'followup',
  followed_up: 'cause',
  to_close: 'close',
  closed: 'closed',
  ready_by_itself: 'cause',
  shipped_outside: 'followup',
  cancelled_outside: 'refund'
}

// A step name: legal, and the case's step afterwards. "!key": refused with errors.<key>.
// Columns: notify, offer_substitute, offer_wait, offer_coupon, offer_refund, answer_accept, answer_wait,
// answer_cancel, answer_noreply, cancel, refund, followup, cause, close, undo.
const OFFERS4 = (r: string): string[] => [r, r, r, r]
const ANSWERS4 = (r: string): string[] => [r, r, r, r]
const T: Record<keyof typeof STATES, string[]> = {
  // prettier-ignore
  new: ['offer', ...OFFERS4('!case_notify_first'), '!case_no_substitute_offer', '!case_notify_first', 'cancel', '!case_notify_first', '!case_notify_first', '!case_refund_needs_cancel', '!case_followup_too_early', 'notify', '!case_not_settled', '!case_nothing_to_undo'],
  // prettier-ignore
  notified: ['!case_already_notified', ...OFFERS4('answer'), '!case_no_substitute_offer', 'waiting', 'cancel', 'cancel', 'refund', '!case_refund_needs_cancel', '!case_followup_too_early', 'offer', '!case_not_settled', 'notify'],
  // prettier-ignore
  offered_substitute: ['!case_already_notified', ...OFFERS4('answer'), 'followup', 'waiting', 'cancel', 'cancel', 'refund', '!case_refund_needs_cancel', '!case_followup_too_early', 'answer', '!case_not_settled', 'offer'],
  // prettier-ignore
  offered_wait: ['!case_already_notified', ...OFFERS4('answer'), '!case_no_substitute_offer', 'waiting', 'cancel', 'cancel', 'refund', '!case_refund_needs_cancel', '!case_followup_too_early', 'answer', '!case_not_settled', 'offer'],
  // prettier-ignore
  no_reply: ['!case_already_notified', ...OFFERS4('answer'), '!case_no_substitute_offer', 'waiting', 'cancel', 'cancel', 'refund', '!case_refund_needs_cancel', '!case_followup_too_early', 'cancel', '!case_not_settled', 'answer'],
  // prettier-ignore
  agreed_unnotified: ['cancel', ...OFFERS4('!case_notify_first'), '!case_no_substitute_offer', '!case_notify_first', 'cancel', '!case_notify_first', 'refund', '!case_refund_needs_cancel', '!case_followup_too_early', 'cancel', '!case_not_settled', 'notify'],
  // prettier-ignore
  will_wait: ['!case_already_notified', ...OFFERS4('answer'), '!case_no_substitute_offer', 'waiting', 'cancel', 'cancel', 'refund', '!case_refund_needs_cancel', '!case_followup_too_early', 'waiting', '!case_not_settled', 'answer'],
  // prettier-ignore
  substituted: ['!case_already_notified', ...OFFERS4('!case_substitute_accepted'), ...ANSWERS4('!case_substitute_accepted'), 'refund', 'followup', 'cause', 'followup', '!case_followup_required', 'answer'],
  // prettier-ignore
  cancelled: ['!case_already_notified', ...OFFERS4('!case_order_cancelled'), ...ANSWERS4('!case_order_cancelled'), '!case_order_cancelled', 'followup', '!case_followup_too_early', 'refund', '!case_refund_required', 'offer'],
  // prettier-ignore
  refunded: ['!case_already_notified', ...OFFERS4('!case_order_cancelled'), ...ANSWERS4('!case_order_cancelled'), '!case_order_cancelled', '!case_already_refunded', 'cause', 'followup', '!case_followup_required', 'refund'],
  // prettier-ignore
  followed_up: ['!case_already_notified', ...OFFERS4('!case_order_cancelled'), ...ANSWERS4('!case_order_cancelled'), '!case_order_cancelled', '!case_already_refunded', 'cause', 'close', '!case_cause_required', 'followup'],
  // prettier-ignore
  to_close: ['!case_already_notified', ...OFFERS4('!case_order_cancelled'), ...ANSWERS4('!case_order_cancelled'), '!case_order_cancelled', '!case_already_refunded', 'close', 'close', 'closed', 'cause'],
  // prettier-ignore
  closed: ['!case_closed', ...OFFERS4('!case_closed'), ...ANSWERS4('!case_closed'), '!case_closed', '!case_closed', '!case_closed', '!case_closed', '!case_closed', 'close'],
  // prettier-ignore
  ready_by_itself: ['followup', ...OFFERS4('!case_notify_first'), '!case_no_substitute_offer', '!case_notify_first', 'cancel', '!case_notify_first', '!case_notify_first', '!case_refund_needs_cancel', 'cause', 'close', '!case_cause_required', '!case_nothing_to_undo'],
  // prettier-ignore
  shipped_outside: ['!case_already_notified', ...OFFERS4('!case_order_shipped'), ...ANSWERS4('!case_order_shipped'), '!case_order_shipped', '!case_refund_needs_cancel', 'cause', 'followup', '!case_followup_required', 'cause'],
  // prettier-ignore
  cancelled_outside: ['!case_already_notified', ...OFFERS4('!case_order_cancelled'), ...ANSWERS4('!case_order_cancelled'), 'refund', 'followup', '!case_followup_too_early', 'refund', '!case_refund_required', 'refund']
}
const ACTIONS = Object.keys(OPS) as Action[]
const ANSWER_OF: Partial<Record<Action, Answer>> = {
  answer_accept: 'accepted_substitute',
  answer_wait: 'will_wait',
  answer_cancel: 'agreed_cancel',
  answer_noreply: 'no_reply'
}

async function reach(state: keyof typeof STATES): Promise<{ s: Shop; caseId: number }> {
  const s = await oneShortOrder()
  const caseId = s.caseId('O1')
  for (const op of STATES[state]!) await op(s, caseId)
  return { s, caseId }
}

describe('the case state machine', () => {
  it('the table covers every state and every action', () => {
    for (const [state, row] of Object.entries(T)) expect(row, state).toHaveLength(ACTIONS.length)
  })

  for (const state of Object.keys(STATES) as (keyof typeof STATES)[]) {
    it(`from ${state} (step ${STEP_OF_STATE[state]}) every action is legal or refused as the table says`, async () => {
      const { s, caseId } = await reach(state)
      expect((await s.call('queue.get', { caseId })).step).toBe(STEP_OF_STATE[state])
      for (const [i, action] of ACTIONS.entries()) {
        const expected = T[state]![i]!
        const { s: fresh, caseId: id } = i === 0 ? { s, caseId } : await reach(state)
        const before = fresh.state({ events: true })
        const shown = await fresh.call('queue.get', { caseId: id })
        if (expected.startsWith('!')) {
          const key = `errors.${expected.slice(1)}`
          let error: { code: string; messageKey: string } | null = null
          try {
            await OPS[action](fresh, id)
          } catch (e) {
            error = JSON.parse(String((e as Error).message).replace(/^[^{]*/, '')) as { code: string; messageKey: string }
          }
          expect(error?.messageKey, `${state} → ${action}`).toBe(key)
          expect(error?.code, `${state} → ${action}`).toBe('illegal_transition')
          expect(fresh.state({ events: true }), `${state} → ${action} changed something while refusing`).toBe(before)
          // The screen is told in advance: the action's key is off, with the same reason.
          if (action.startsWith('answer_')) {
            const answer = ANSWER_OF[action]!
            expect(shown.answers[answer], `${state} → ${action}`).toEqual({ allowed: false, refusal: key })
          } else {
            const name = action.startsWith('offer_') ? 'offer' : (action as keyof typeof shown.allowed)
            expect(shown.allowed[name], `${state} → ${action}`).toEqual({ allowed: false, refusal: key })
          }
          expect(messageFor('zh-CN', key)).not.toBe(key)
          expect(messageFor('en', key)).not.toBe(key)
        } else {
          await OPS[action](fresh, id)
          const after = await fresh.call('queue.get', { caseId: id })
          expect(after.step, `${state} → ${action}`).toBe(expected)
          const name = action.startsWith('offer_')
            ? 'offer'
            : action.startsWith('answer_')
              ? 'answer'
              : (action as keyof typeof shown.allowed)
          expect(shown.allowed[name].allowed, `${state} → ${action} was shown as refused`).toBe(true)
        }
      }
    })
  }

  it('a refused step says why through dispatch in both languages, naming no internal error', async () => {
    const { s, caseId } = await reach('new')
    const r = await dispatch(s.handlers, 'queue.cancel', { caseId, reasonId: s.reasonId() })
    expect(r).toMatchObject({ ok: false, error: { code: 'illegal_transition', messageKey: 'errors.case_notify_first' } })
    expect(messageFor('en', 'errors.case_notify_first')).toBe('Notify the buyer first (unless the buyer asked to cancel).')
  })

  it('a buyer may ask to cancel before any notice or offer: the case goes straight to cancel, refund and close', async () => {
    const { s, caseId } = await reach('new')
    await s.call('queue.answer', { caseId, answer: 'agreed_cancel', note: '买家主动要求取消' })
    expect((await s.call('queue.cancel', { caseId, reasonId: s.reasonId('pdd', 'buyer_request') })).step).toBe('refund')
    expect((await s.call('queue.refund', { caseId })).step).toBe('cause')
    expect((await s.call('queue.cause', { caseId, cause: 'supplier_shortage' })).step).toBe('close')
    const closed = await s.call('queue.close', { caseId })
    expect(closed).toMatchObject({ step: 'closed', situation: 'cancelled', refundFen: 2990, causeCode: 'supplier_shortage' })
    expect(closed.timeline.map((e) => e.kind)).toEqual(['opened', 'answered', 'cancelled', 'refunded', 'cause_set', 'closed'])
  })

  it('every step writes the audit log with its time, and the timeline names each step in words', async () => {
    const { s, caseId } = await reach('to_close')
    await s.call('queue.close', { caseId })
    const audit = s.db.prepare(`SELECT action, entity, entity_id AS id, at FROM audit_log WHERE action LIKE 'queue.%' ORDER BY id`).all()
    expect(audit).toEqual(
      ['queue.notified', 'queue.cancelled', 'queue.refunded', 'queue.followed_up', 'queue.cause_set', 'queue.closed'].map((action) => ({
        action,
        entity: 'case',
        id: String(caseId),
        at: '2026-11-26T02:00:00.000Z'
      }))
    )
    const c = await s.call('queue.get', { caseId })
    for (const e of c.timeline) {
      for (const lang of ['en', 'zh-CN'] as const) expect(messageFor(lang, e.message.key), e.message.key).not.toBe(e.message.key)
    }
  })

  it('the order becoming ready by itself lets the case close without a cancel, once its cause is set', async () => {
    const { s, caseId } = await reach('ready_by_itself')
    const c = await s.call('queue.get', { caseId })
    expect(c).toMatchObject({ situation: 'ready', step: 'cause', consequences: expect.any(Array) })
    expect(c.timeline.map((e) => [e.kind, e.message.params.to ?? null])).toEqual([
      ['opened', null],
      ['situation', 'ready']
    ])
    await s.call('queue.cause', { caseId, cause: 'supplier_late' })
    expect((await s.call('queue.close', { caseId })).step).toBe('closed')
    expect((s.db.prepare('SELECT status FROM orders WHERE id = ?').get(s.orderId) as { status: string }).status).toBe('awaiting_shipment')
  })
})

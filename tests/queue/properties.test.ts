// Model test: random sequences of queue actions (single and bulk, legal or not,
// undo included) mixed with stock arriving and leaving keep the ledger and the
// cases consistent with each other after every action.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { stepOf } from '../../src/main/core/queue/steps'
import type { CaseRow } from '../../src/main/core/queue/rows'
import { ANSWERS, FEEDBACKS, NOTIFY_CHANNELS, OFFER_KINDS } from '../../src/shared/queue-types'
import { at } from '../engine/helpers'
import { queueShop, type QueueShop } from './helpers'

const ORDERS: [string, [string, number][]][] = [
  ['O1', [['A', 1]]],
  [
    'O2',
    [
      ['A', 1],
      ['B', 1]
    ]
  ],
  ['O3', [['B', 2]]],
  ['O4', [['C', 1]]],
  ['O5', [['A', 2]]],
  [
    'O6',
    [
      ['B', 1],
      ['C', 2]
    ]
  ]
]

type Act =
  | { kind: 'notify'; o: number; channel: (typeof NOTIFY_CHANNELS)[number] }
  | { kind: 'offer'; o: number; offer: (typeof OFFER_KINDS)[number]; fen: number }
  | { kind: 'answer'; o: number; answer: (typeof ANSWERS)[number] }
  | { kind: 'cancel'; o: number }
  | { kind: 'refund'; o: number; fen: number }
  | { kind: 'followup'; o: number; feedback: (typeof FEEDBACKS)[number] }
  | { kind: 'cause'; o: number }
  | { kind: 'close'; o: number }
  | { kind: 'undo'; o: number }
  | { kind: 'bulk'; os: number[]; action: 'notify' | 'cancel' | 'cause' | 'undo' }
  | { kind: 'stock'; sku: 'A' | 'A2' | 'B' | 'C'; qty: number }

const o = fc.integer({ min: 0, max: ORDERS.length - 1 })
const act: fc.Arbitrary<Act> = fc.oneof(
  fc.record({ kind: fc.constant('notify' as const), o, channel: fc.constantFrom(...NOTIFY_CHANNELS) }),
  fc.record({ kind: fc.constant('offer' as const), o, offer: fc.constantFrom(...OFFER_KINDS), fen: fc.integer({ min: 0, max: 4000 }) }),
  fc.record({ kind: fc.constant('answer' as const), o, answer: fc.constantFrom(...ANSWERS) }),
  fc.record({ kind: fc.constant('cancel' as const), o }),
  fc.record({ kind: fc.constant('refund' as const), o, fen: fc.integer({ min: 0, max: 4000 }) }),
  fc.record({ kind: fc.constant('followup' as const), o, feedback: fc.constantFrom(...FEEDBACKS) }),
  fc.record({ kind: fc.constant('cause' as const), o }),
  fc.record({ kind: fc.constant('close' as const), o }),
  fc.record({ kind: fc.constant('undo' as const), o }),
  fc.record({
    kind: fc.constant('bulk' as const),
    os: fc.uniqueArray(o, { minLength: 1, maxLength: 4 }),
    action: fc.constantFrom('notify' as const, 'cancel' as const, 'cause' as const, 'undo' as const)
  }),
  fc.record({
    kind: fc.constant('stock' as const),
    sku: fc.constantFrom('A' as const, 'A2' as const, 'B' as const, 'C' as const),
    qty: fc.integer({ min: -2, max: 3 })
  })
)

async function build(): Promise<QueueShop> {
  const s = queueShop()
  await s.sku('A2', { onHand: 3 })
  await s.sku('A', { onHand: 1, substitutes: ['A2'] })
  await s.sku('B', { onHand: 2 })
  await s.sku('C', { onHand: 0 })
  ORDERS.forEach(([no, lines], i) => s.order(no, lines, { deadline: 4 + i * 6, paidFen: 2000 + i * 500 }))
  await s.recompute()
  return s
}

/** The case of order i, if it has one (a ready order may have none). */
const caseIdOf = (s: QueueShop, i: number): number | null => {
  const row = s.db.prepare('SELECT c.id FROM queue_cases c JOIN orders o ON o.id = c.order_id WHERE o.order_no = ?').get(ORDERS[i]![0]) as
    { id: number } | undefined
  return row?.id ?? null
}

async function run(s: QueueShop, a: Act): Promise<boolean> {
  if (a.kind === 'stock') {
    if (a.qty === 0) return false
    await s.call('stock.move', { productId: s.id(a.sku), type: a.qty > 0 ? 'receive' : 'adjust', quantity: a.qty, reason: 'model' })
    return true
  }
  if (a.kind === 'bulk') {
    const ids = a.os.map((i) => caseIdOf(s, i)).filter((x): x is number => x !== null)
    if (ids.length) await s.call('queue.bulk', { caseIds: ids, action: a.action, cause: 'supplier_late' })
    return true
  }
  const caseId = caseIdOf(s, a.o)
  if (caseId === null) return false
  switch (a.kind) {
    case 'notify':
      return s.call('queue.notify', { caseId, channel: a.channel }).then(() => true)
    case 'offer':
      return s
        .call('queue.offer', {
          caseId,
          kind: a.offer,
          couponFen: a.fen,
          waitUntil: at(40),
          refundFen: a.fen,
          substituteId: a.offer === 'substitute' ? s.id('A2') : null
        })
        .then(() => true)
    case 'answer':
      return s.call('queue.answer', { caseId, answer: a.answer, waitUntil: at(40), replyBy: at(2) }).then(() => true)
    case 'cancel':
      return s.call('queue.cancel', { caseId, reasonId: s.reasonId() }).then(() => true)
    case 'refund':
      return s.call('queue.refund', { caseId, refundFen: a.fen }).then(() => true)
    case 'followup':
      return s.call('queue.followup', { caseId, feedback: a.feedback }).then(() => true)
    case 'cause':
      return s.call('queue.cause', { caseId, cause: 'demand_spike' }).then(() => true)
    case 'close':
      return s.call('queue.close', { caseId }).then(() => true)
    case 'undo':
      return s.call('queue.undo', { caseId }).then(() => true)
  }
}

const all = <T>(s: QueueShop, sql: string): T[] => s.db.prepare(sql).all() as T[]

function checkConsistent(s: QueueShop, movementsExpected: number): void {
  // The ledger: on hand is its sum, never negative; the queue never wrote to it.
  expect(
    all(
      s,
      'SELECT p.id FROM products p WHERE p.on_hand <> (SELECT IFNULL(SUM(quantity), 0) FROM stock_movements m WHERE m.product_id = p.id) OR p.on_hand < 0'
    )
  ).toEqual([])
  expect(all<{ n: number }>(s, 'SELECT COUNT(*) AS n FROM stock_movements')[0]!.n).toBe(movementsExpected)
  // Allocation: exactly the units of the ready orders' lines as they are now, never more than on hand.
  const alloc = all<{ pid: number; allocated: number; onHand: number; lines: number }>(
    s,
    `SELECT k.product_id AS pid, k.allocated, k.on_hand AS onHand,
       (SELECT IFNULL(SUM(l.quantity), 0) FROM order_lines l JOIN engine_orders eo ON eo.order_id = l.order_id JOIN orders o ON o.id = l.order_id
        WHERE l.product_id = k.product_id AND eo.state = 'ready' AND o.status = 'awaiting_shipment') AS lines
     FROM engine_skus k`
  )
  for (const r of alloc) {
    expect(r.allocated, `SKU ${r.pid}`).toBe(r.lines)
    expect(r.allocated).toBeLessThanOrEqual(r.onHand)
  }
  // Every order the engine marks short has an open case.
  expect(
    all(
      s,
      `SELECT a.order_id FROM engine_actions a LEFT JOIN queue_cases c ON c.order_id = a.order_id WHERE c.id IS NULL OR c.closed_at IS NOT NULL`
    )
  ).toEqual([])
  const cases = all<CaseRow & { status: string; paid_fen: number; state: string | null }>(
    s,
    `SELECT c.*, o.status, o.paid_fen, eo.state FROM queue_cases c JOIN orders o ON o.id = c.order_id LEFT JOIN engine_orders eo ON eo.order_id = c.order_id`
  )
  for (const c of cases) {
    const where = `case ${c.id}`
    expect(c.step, where).toBe(stepOf(c))
    if (c.closed_at) expect(c.cause_code, where).not.toBeNull()
    if (c.refund_fen !== null) {
      expect(c.refund_fen).toBeGreaterThanOrEqual(0)
      expect(c.refund_fen).toBeLessThanOrEqual(c.paid_fen)
    }
    // The order is cancelled exactly when its case says it was cancelled in the back office (nothing else cancels here).
    expect(c.status === 'cancelled', where).toBe(c.cancelled_at !== null)
    if (c.closed_at === null) {
      const expected = c.status === 'cancelled' ? 'cancelled' : (c.state ?? c.situation)
      expect(c.situation, where).toBe(expected)
    }
    // Lines are on their SKU, or on the substitute when (and only when) the buyer accepted it.
    const moved = all<{ n: number }>(
      s,
      `SELECT COUNT(*) AS n FROM order_lines l WHERE l.order_id = ${c.order_id} AND l.product_id = (SELECT id FROM products WHERE merchant_code = 'A2')`
    )[0]!.n
    expect(moved > 0, where).toBe(c.answer === 'accepted_substitute')
  }
  expect(all(s, 'SELECT order_id FROM queue_cases GROUP BY order_id HAVING COUNT(*) > 1')).toEqual([])
}

describe('the queue model', () => {
  it('random sequences of queue actions keep the ledger, the allocation and the cases consistent; refusals change nothing; undo restores', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(act, { minLength: 1, maxLength: 30 }), async (acts) => {
        const s = await build()
        let movements = (s.db.prepare('SELECT COUNT(*) AS n FROM stock_movements').get() as { n: number }).n
        checkConsistent(s, movements)
        // Per case, the case, its order and lines before each of its actions, to check undo against. A stack is dropped
        // when something else moved the allocation since (stock, another case's cancel): sync may have changed the case too.
        const stacks = new Map<number, string[]>()
        const caseSnap = (caseId: number): string =>
          JSON.stringify([
            s.db.prepare('SELECT * FROM queue_cases WHERE id = ?').get(caseId),
            s.db.prepare('SELECT o.* FROM orders o JOIN queue_cases c ON c.order_id = o.id WHERE c.id = ?').get(caseId),
            s.db
              .prepare('SELECT l.* FROM order_lines l JOIN queue_cases c ON c.order_id = l.order_id WHERE c.id = ? ORDER BY l.id')
              .all(caseId)
          ])
        const engine = (): string =>
          JSON.stringify([
            s.db.prepare('SELECT * FROM engine_orders ORDER BY 1').all(),
            s.db.prepare('SELECT * FROM engine_actions ORDER BY 1').all()
          ])
        for (const a of acts) {
          const snapshot = s.state({ events: true })
          const engineBefore = engine()
          const caseId = a.kind === 'bulk' || a.kind === 'stock' ? null : caseIdOf(s, a.o)
          const mine = caseId === null ? null : caseSnap(caseId)
          let ok = true
          try {
            ok = await run(s, a)
          } catch (e) {
            ok = false
            // A refusal is a typed error and changes nothing at all.
            expect(String(e)).toMatch(/"code":"(illegal_transition|invalid_input|not_found|stock_negative)"/)
            expect(s.state({ events: true })).toBe(snapshot)
          }
          if (a.kind === 'stock' && ok) movements++
          if (ok && caseId !== null) {
            if (a.kind === 'undo') {
              const expected = stacks.get(caseId)?.pop()
              if (expected !== undefined) expect(caseSnap(caseId), `undo of case ${caseId}`).toBe(expected)
            } else stacks.set(caseId, [...(stacks.get(caseId) ?? []), mine!])
          }
          if (ok && (caseId === null || engine() !== engineBefore)) {
            for (const id of [...stacks.keys()]) if (id !== caseId) stacks.delete(id)
          }
          checkConsistent(s, movements)
        }
      }),
      { numRuns: Number(process.env.QUEUE_MODEL_RUNS ?? 60) }
    )
  })
})

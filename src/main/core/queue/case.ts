// One case in full: its row, its order and lines (with what a substitute moved),
// the engine's view while the order is open, what is allowed next, each step's
// record and the timeline. Hours left and consequences are worked out at read
// time from the moment asked about.
import type { EngineMessage, Recommendation } from '../../../shared/engine-types'
import type { Answer, CaseAction, CaseActionState, CaseEvent, CaseLine, QueueCase } from '../../../shared/queue-types'
import { ANSWERS, CASE_ACTIONS } from '../../../shared/queue-types'
import type { CoreContext } from '../context'
import { prepared } from '../db/prepared'
import { ROW_COLUMNS, ROW_FROM, toRows, type RawRow } from './row-map'
import { lackingIds, loadCase, orderFacts } from './rows'
import { answerRefusal, refusalOf } from './steps'
import { lastUndoable, type Snapshot } from './undo-log'

const state = (refusal: { key: string } | null): CaseActionState => ({ allowed: refusal === null, refusal: refusal?.key ?? null })

function eventKey(kind: string, detail: Record<string, unknown>): string {
  if (kind === 'offered' && typeof detail.offerKind === 'string') return `cases.events.offered_${detail.offerKind}`
  if (kind === 'answered' && typeof detail.answer === 'string') {
    return `cases.events.answered_${detail.answer}${detail.answer === 'will_wait' && detail.pastDeadline === true ? '_late' : ''}`
  }
  if (kind === 'cause_set' && typeof detail.supplier === 'string') return 'cases.events.cause_set_supplier'
  if (kind === 'refunded' && typeof detail.compensationFen === 'number' && detail.compensationFen > 0)
    return 'cases.events.refunded_compensation'
  return `cases.events.${kind}`
}

type Params = EngineMessage['params']
const primitive = (detail: Record<string, unknown>): Params => {
  const out: Params = {}
  for (const [k, v] of Object.entries(detail)) {
    if (typeof v === 'string' || typeof v === 'number' || v === null) out[k] = v
    else if (typeof v === 'boolean') out[k] = v ? 1 : 0
  }
  return out
}

export function getCase(ctx: CoreContext, caseId: number): QueueCase {
  const db = ctx.db
  const c = loadCase(db, caseId)
  const o = orderFacts(db, c.order_id)
  const nowMs = ctx.now().getTime()
  const raw = prepared(db, `SELECT ${ROW_COLUMNS} ${ROW_FROM} WHERE c.id = ?`).get(caseId) as RawRow
  const row = toRows(ctx, [raw], nowMs)[0]!
  const order = prepared(
    db,
    'SELECT status, after_sale AS afterSale, refund_fen AS refundFen, paid_at AS paidAt, buyer_phone AS buyerPhone, buyer_note AS buyerNote FROM orders WHERE id = ?'
  ).get(c.order_id) as Omit<QueueCase['order'], 'lines'>

  const events = prepared(
    db,
    `SELECT id, at, kind, actor, detail, snapshot IS NOT NULL AS hasSnapshot, undone_at AS undoneAt FROM queue_events WHERE case_id = ? ORDER BY id`
  ).all(caseId) as {
    id: number
    at: string
    kind: string
    actor: CaseEvent['actor']
    detail: string
    hasSnapshot: number
    undoneAt: string | null
  }[]
  const last = lastUndoable(db, caseId)

  // Lines a substitute moved (the newest such step still in force): what each was before.
  const movedFrom = new Map<number, number | null>()
  const substituted = prepared(
    db,
    `SELECT snapshot FROM queue_events WHERE case_id = ? AND kind = 'answered' AND actor = 'user' AND undone_at IS NULL AND snapshot IS NOT NULL
       AND json_extract(snapshot, '$.lines') IS NOT NULL ORDER BY id DESC LIMIT 1`
  ).get(caseId) as { snapshot: string } | undefined
  if (substituted) for (const l of (JSON.parse(substituted.snapshot) as Snapshot).lines?.before ?? []) movedFrom.set(l.id, l.product_id)

  const lacking = new Set(lackingIds(c))
  const lines = (
    prepared(
      db,
      `SELECT l.id, l.line_no AS lineNo, l.merchant_code AS merchantCode, l.title, l.spec, l.quantity, l.amount_fen AS amountFen,
         l.product_id AS productId, p.merchant_code AS sku
       FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = ? ORDER BY l.line_no`
    ).all(c.order_id) as (Omit<CaseLine, 'short' | 'substitutedFrom'> & { id: number })[]
  ).map(({ id, ...l }): CaseLine => {
    const from = movedFrom.has(id) ? (movedFrom.get(id) ?? null) : undefined
    return {
      ...l,
      short: l.productId !== null && lacking.has(l.productId) && row.situation === 'short',
      substitutedFrom: from === undefined ? null : { productId: from, sku: from === null ? null : skuOf(ctx, from) }
    }
  })

  const engineRow = prepared(
    db,
    `SELECT eo.state, a.recommendation, a.reason_key AS reasonKey, a.reason_params AS reasonParams, a.substitute_id AS substituteId, a.ready_at AS readyAt
     FROM engine_orders eo LEFT JOIN engine_actions a ON a.order_id = eo.order_id WHERE eo.order_id = ?`
  ).get(c.order_id) as
    | {
        state: 'ready' | 'short' | 'unmapped'
        recommendation: Recommendation | null
        reasonKey: string | null
        reasonParams: string | null
        substituteId: number | null
        readyAt: string | null
      }
    | undefined
  const engine: QueueCase['engine'] =
    engineRow && o.status === 'awaiting_shipment'
      ? {
          state: engineRow.state,
          recommendation: engineRow.recommendation,
          reason: engineRow.reasonKey ? { key: engineRow.reasonKey, params: JSON.parse(engineRow.reasonParams ?? '{}') as Params } : null,
          substitute: engineRow.substituteId === null ? null : productBrief(ctx, engineRow.substituteId),
          readyAt: engineRow.readyAt
        }
      : null

  const allowed = Object.fromEntries(CASE_ACTIONS.map((a: CaseAction) => [a, state(refusalOf(a, c, o, last !== undefined))])) as Record<
    CaseAction,
    CaseActionState
  >
  const answers = Object.fromEntries(ANSWERS.map((a: Answer) => [a, state(answerRefusal(a, c, o))])) as Record<Answer, CaseActionState>

  const cause = c.cause_code
    ? (prepared(
        db,
        `SELECT q.label_zh AS labelZh, q.label_en AS labelEn, s.name AS supplierName FROM queue_causes q LEFT JOIN suppliers s ON s.id = ? WHERE q.code = ?`
      ).get(c.cause_supplier_id, c.cause_code) as { labelZh: string; labelEn: string; supplierName: string | null })
    : null
  const offerSubstitute = c.offer_substitute_id === null ? null : productBrief(ctx, c.offer_substitute_id)

  return {
    ...row,
    order: { ...order, lines },
    engine,
    notify: c.notified_at && c.notify_channel ? { at: c.notified_at, channel: c.notify_channel } : null,
    offer:
      c.offer_kind && c.offered_at
        ? {
            kind: c.offer_kind,
            at: c.offered_at,
            productId: c.offer_product_id,
            substitute: offerSubstitute && {
              productId: offerSubstitute.productId,
              sku: offerSubstitute.sku,
              name: offerSubstitute.name,
              spec: offerSubstitute.spec
            },
            couponFen: c.offer_coupon_fen,
            waitUntil: c.offer_wait_until,
            refundFen: c.offer_refund_fen,
            note: c.offer_note
          }
        : null,
    reply:
      c.answer && c.answered_at
        ? {
            answer: c.answer,
            at: c.answered_at,
            waitUntil: c.answer_wait_until,
            replyBy: c.answer_reply_by,
            waitPastDeadline: c.answer_wait_until === null ? null : c.deadline !== null && c.answer_wait_until > c.deadline,
            restockByWaitDate:
              c.answer_wait_until === null || !engine ? null : engine.readyAt !== null && engine.readyAt <= c.answer_wait_until
          }
        : null,
    cancel: c.cancelled_at ? { at: c.cancelled_at, reasonId: c.cancel_reason_id, reason: c.cancel_reason ?? '' } : null,
    refund:
      c.refunded_at && c.refund_fen !== null
        ? { at: c.refunded_at, refundFen: c.refund_fen, compensationFen: c.compensation_fen, full: c.refund_fen === o.paidFen }
        : null,
    followup:
      c.feedback && c.followed_up_at
        ? { at: c.followed_up_at, feedback: c.feedback, note: c.feedback_note, followUpAt: c.follow_up_at }
        : null,
    cause:
      c.cause_code && cause
        ? {
            at: c.caused_at ?? c.updated_at,
            code: c.cause_code,
            labelZh: cause.labelZh,
            labelEn: cause.labelEn,
            supplierId: c.cause_supplier_id,
            supplierName: cause.supplierName,
            note: c.cause_note
          }
        : null,
    refundDefaultFen: o.paidFen,
    allowed,
    answers,
    timeline: events.map((e) => {
      const detail = JSON.parse(e.detail) as Record<string, unknown>
      return {
        id: e.id,
        at: e.at,
        kind: e.kind,
        actor: e.actor,
        message: { key: eventKey(e.kind, detail), params: primitive(detail) },
        undone: e.undoneAt !== null,
        undoable: last?.id === e.id
      }
    })
  }
}

function skuOf(ctx: CoreContext, productId: number): string | null {
  return (
    (prepared(ctx.db, 'SELECT merchant_code AS code FROM products WHERE id = ?').get(productId) as { code: string } | undefined)?.code ??
    null
  )
}

function productBrief(
  ctx: CoreContext,
  productId: number
): { productId: number; sku: string; name: string; spec: string; available: number } | null {
  return (
    (prepared(
      ctx.db,
      `SELECT p.id AS productId, p.merchant_code AS sku, p.name, p.spec, COALESCE(k.available, p.on_hand) AS available
     FROM products p LEFT JOIN engine_skus k ON k.product_id = p.id WHERE p.id = ?`
    ).get(productId) as { productId: number; sku: string; name: string; spec: string; available: number } | undefined) ?? null
  )
}

// The steps of a case, and undo. Each step checks its guard (steps.ts), writes
// the case's columns, the order (cancel, refund) or its lines (a substitute
// accepted), one timeline event carrying what undo needs, and one audit entry,
// all in one transaction. Steps that change an order or its lines report it, so
// the caller recomputes allocation once the transaction is committed.
//
// No step writes a stock movement: a cancel before shipment or a substitute
// changes what open orders claim, and allocation (derived by recompute) follows;
// on hand, the ledger's sum, does not move. Undo therefore never needs a
// compensating movement — if a step ever writes one, its undo must append the
// opposite movement, never delete (the ledger is append-only).
import { suggestCause } from '../causes/suggest'
import type { ParsedInput } from '../../../shared/contract'
import { formatYuan } from '../../../shared/money'
import { AppError } from '../../../shared/errors'
import type { Answer } from '../../../shared/queue-types'
import { recordAudit } from '../audit'
import { isoNow, type CoreContext } from '../context'
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import { lackingIds, writeCase, type CasePatch } from './rows'
import { answerRefusal, stepOf } from './steps'
import { apply, illegal, lineSnap, load, loadFor, orderSnap, type Change, type Detail } from './apply'
import { lastUndoable, type Snapshot } from './undo-log'

export interface StepOutcome {
  caseId: number
  /** The order's status or lines changed: allocation must be recomputed. */
  orderChanged: boolean
}

const invalid = (field: string, name: string, params: Record<string, string | number> = {}): AppError =>
  new AppError('invalid_input', { field, ...params }, field, `errors.${name}`)

const abovePaid = (refundFen: number, paidFen: number): AppError =>
  invalid('refundFen', 'refund_above_paid', { refund: formatYuan(refundFen), paid: formatYuan(paidFen) })

const skuOf = (db: Db, productId: number | null): string | null =>
  productId === null
    ? null
    : ((prepared(db, 'SELECT merchant_code AS code FROM products WHERE id = ?').get(productId) as { code: string } | undefined)?.code ??
      null)

/** What the engine said about the order at the last recompute (open short orders only). */
function engineAction(
  db: Db,
  orderId: number
): { productId: number | null; substituteId: number | null; readyAt: string | null } | undefined {
  return prepared(
    db,
    'SELECT product_id AS productId, substitute_id AS substituteId, ready_at AS readyAt FROM engine_actions WHERE order_id = ?'
  ).get(orderId) as { productId: number | null; substituteId: number | null; readyAt: string | null } | undefined
}

function notFuture(ctx: CoreContext, at: string | null, field: string): string {
  const now = isoNow(ctx)
  if (at === null) return now
  if (at > now) throw invalid(field, 'case_date_future')
  return at
}

function notPast(ctx: CoreContext, at: string, field: string): string {
  if (at <= isoNow(ctx)) throw invalid(field, 'case_date_past')
  return at
}

// ---- the steps; each `do…` runs inside the caller's transaction ----

export function doNotify(
  ctx: CoreContext,
  caseId: number,
  input: Omit<ParsedInput<'queue.notify'>, 'caseId'>,
  batch: string | null = null
): StepOutcome {
  const { c } = loadFor(ctx, caseId, 'notify')
  const at = notFuture(ctx, input.at, 'at')
  const changed = apply(
    ctx,
    c,
    {
      kind: 'notified',
      patch: { notified_at: at, notify_channel: input.channel },
      detail: { channel: input.channel, notifiedAt: at, message: input.message }
    },
    batch
  )
  return { caseId, orderChanged: changed }
}

export function doOffer(ctx: CoreContext, input: ParsedInput<'queue.offer'>): StepOutcome {
  const db = ctx.db
  const { c, o } = loadFor(ctx, input.caseId, 'offer')
  const patch: CasePatch = {
    offer_kind: input.kind,
    offer_product_id: null,
    offer_substitute_id: null,
    offer_coupon_fen: null,
    offer_wait_until: null,
    offer_refund_fen: null,
    offer_note: input.note,
    offered_at: isoNow(ctx),
    // A new offer waits for a new answer; the earlier one stays in the timeline.
    answer: null,
    answer_wait_until: null,
    answer_reply_by: null,
    answered_at: null
  }
  const detail: Detail = { offerKind: input.kind, note: input.note }
  switch (input.kind) {
    case 'substitute': {
      const engine = engineAction(db, c.order_id)
      const substituteId = input.substituteId ?? engine?.substituteId ?? null
      if (substituteId === null) throw invalid('substituteId', 'case_substitute_required')
      const lineProducts = (
        prepared(db, 'SELECT DISTINCT product_id AS id FROM order_lines WHERE order_id = ? AND product_id IS NOT NULL').all(c.order_id) as {
          id: number
        }[]
      ).map((r) => r.id)
      // The SKU it replaces: the one the engine named, else the first the order lacks, else its only SKU.
      const candidates = [engine?.productId ?? null, ...lackingIds(c), ...(lineProducts.length === 1 ? lineProducts : [])]
      const productId = candidates.find((p): p is number => p !== null && lineProducts.includes(p) && p !== substituteId) ?? null
      if (productId === null || skuOf(db, substituteId) === null) throw invalid('substituteId', 'case_substitute_invalid')
      patch.offer_product_id = productId
      patch.offer_substitute_id = substituteId
      detail.sku = skuOf(db, productId)
      detail.substituteSku = skuOf(db, substituteId)
      break
    }
    case 'coupon':
      if (input.couponFen === null || input.couponFen <= 0) throw invalid('couponFen', 'case_coupon_required')
      patch.offer_coupon_fen = input.couponFen
      detail.couponFen = input.couponFen
      break
    case 'wait':
      if (input.waitUntil === null) throw invalid('waitUntil', 'case_wait_date_required')
      patch.offer_wait_until = notPast(ctx, input.waitUntil, 'waitUntil')
      detail.waitUntilAt = input.waitUntil
      break
    case 'refund': {
      const refund = input.refundFen ?? o.paidFen
      if (refund > o.paidFen) throw abovePaid(refund, o.paidFen)
      patch.offer_refund_fen = refund
      detail.refundFen = refund
      break
    }
  }
  return { caseId: c.id, orderChanged: apply(ctx, c, { kind: 'offered', patch, detail }, null) }
}

export function doAnswer(ctx: CoreContext, input: ParsedInput<'queue.answer'>): StepOutcome {
  const db = ctx.db
  const { c, o } = load(ctx, input.caseId)
  const refusal = answerRefusal(input.answer, c, o)
  if (refusal) throw illegal(refusal)
  const now = isoNow(ctx)
  const patch: CasePatch = { answer: input.answer, answered_at: now, answer_wait_until: null, answer_reply_by: null }
  const detail: Detail = { answer: input.answer, note: input.note }
  const change: Change = { kind: 'answered', patch, detail }
  const kind: Answer = input.answer
  switch (kind) {
    case 'accepted_substitute': {
      // The order's lines of the replaced SKU move to the substitute; allocation is recomputed after commit.
      const lines = prepared(db, 'SELECT id FROM order_lines WHERE order_id = ? AND product_id = ? ORDER BY line_no').all(
        c.order_id,
        c.offer_product_id
      ) as {
        id: number
      }[]
      if (lines.length === 0 || o.status !== 'awaiting_shipment') throw illegal({ key: 'errors.case_substitute_invalid' })
      change.lines = lines.map((l) => ({ id: l.id, productId: c.offer_substitute_id }))
      detail.sku = skuOf(db, c.offer_product_id)
      detail.substituteSku = skuOf(db, c.offer_substitute_id)
      break
    }
    case 'will_wait': {
      const until = input.waitUntil ?? (c.offer_kind === 'wait' ? c.offer_wait_until : null)
      if (until === null) throw invalid('waitUntil', 'case_wait_date_required')
      patch.answer_wait_until = notPast(ctx, until, 'waitUntil')
      // Checked against the deadline: waiting past it means the late compensation is due.
      const restock = engineAction(db, c.order_id)?.readyAt ?? null
      detail.waitUntilAt = until
      detail.deadlineAt = c.deadline
      detail.pastDeadline = c.deadline !== null && until > c.deadline
      detail.lateFen = c.late_fen
      detail.restockAt = restock
      break
    }
    case 'no_reply':
      if (input.replyBy === null) throw invalid('replyBy', 'case_reply_by_required')
      patch.answer_reply_by = input.replyBy
      detail.replyByAt = input.replyBy
      break
    case 'agreed_cancel':
      break
  }
  return { caseId: c.id, orderChanged: apply(ctx, c, change, null) }
}

export function doCancel(
  ctx: CoreContext,
  caseId: number,
  input: { reasonId: number; note: string },
  batch: string | null = null
): StepOutcome {
  const db = ctx.db
  const { c, o } = loadFor(ctx, caseId, 'cancel')
  const reason = prepared(db, 'SELECT id, platform, label, archived FROM queue_cancel_reasons WHERE id = ?').get(input.reasonId) as
    { id: number; platform: string; label: string; archived: number } | undefined
  if (!reason || reason.platform !== c.platform || reason.archived === 1) throw invalid('reasonId', 'case_reason_invalid')
  const change: Change = {
    kind: 'cancelled',
    patch: { cancel_reason_id: reason.id, cancel_reason: reason.label, cancelled_at: isoNow(ctx), situation: 'cancelled' },
    detail: { reason: reason.label, reasonId: reason.id, note: input.note, alreadyCancelled: o.status === 'cancelled' },
    // Cancelled in the back office by the owner: the order is cancelled here too (one cancelled on the platform's side already stays as it is).
    order: { status: 'cancelled' }
  }
  return { caseId, orderChanged: apply(ctx, c, change, batch) }
}

export function doRefund(ctx: CoreContext, input: ParsedInput<'queue.refund'>): StepOutcome {
  const { c, o } = loadFor(ctx, input.caseId, 'refund')
  const refund = input.refundFen ?? o.paidFen
  if (refund > o.paidFen) throw abovePaid(refund, o.paidFen)
  const change: Change = {
    kind: 'refunded',
    patch: { refund_fen: refund, compensation_fen: input.compensationFen, refunded_at: isoNow(ctx) },
    detail: { refundFen: refund, paidFen: o.paidFen, compensationFen: input.compensationFen, full: refund === o.paidFen, note: input.note },
    ...(o.status === 'cancelled' && refund > 0 ? { order: { afterSale: 'refunded' as const } } : {})
  }
  return { caseId: c.id, orderChanged: apply(ctx, c, change, null) }
}

export function doFollowup(ctx: CoreContext, input: ParsedInput<'queue.followup'>): StepOutcome {
  const { c } = loadFor(ctx, input.caseId, 'followup')
  const change: Change = {
    kind: 'followed_up',
    patch: { feedback: input.feedback, feedback_note: input.note, follow_up_at: input.followUpAt, followed_up_at: isoNow(ctx) },
    detail: { feedback: input.feedback, note: input.note, followUpAt: input.followUpAt }
  }
  return { caseId: c.id, orderChanged: apply(ctx, c, change, null) }
}

const SUPPLIER_CAUSES = new Set(['supplier_shortage', 'supplier_late'])

export function doCause(
  ctx: CoreContext,
  caseId: number,
  input: { cause: string; supplierId: number | null; note: string },
  batch: string | null = null
): StepOutcome {
  const db = ctx.db
  const { c } = loadFor(ctx, caseId, 'cause')
  const cause = prepared(db, 'SELECT code, archived FROM queue_causes WHERE code = ?').get(input.cause) as
    { code: string; archived: number } | undefined
  if (!cause || cause.archived === 1) throw invalid('cause', 'case_cause_unknown', { cause: input.cause })
  let supplierId = input.supplierId
  if (supplierId !== null && !prepared(db, 'SELECT 1 FROM suppliers WHERE id = ?').get(supplierId)) {
    throw new AppError('not_found', { entity: 'supplier', id: supplierId }, 'supplierId')
  }
  // A supplier cause names the supplier of the SKU the order lacks, unless one is given.
  if (supplierId === null && SUPPLIER_CAUSES.has(cause.code)) {
    const pid = lackingIds(c)[0] ?? c.offer_product_id
    supplierId =
      pid === null || pid === undefined
        ? null
        : ((prepared(db, 'SELECT supplier_id AS id FROM products WHERE id = ?').get(pid) as { id: number | null } | undefined)?.id ?? null)
  }
  const supplier =
    supplierId === null
      ? null
      : ((prepared(db, 'SELECT name FROM suppliers WHERE id = ?').get(supplierId) as { name: string } | undefined)?.name ?? null)
  const change: Change = {
    kind: 'cause_set',
    patch: { cause_code: cause.code, cause_supplier_id: supplierId, cause_note: input.note, caused_at: isoNow(ctx) },
    // What the app suggested at this moment, so the review can say how often the merchant took it.
    detail: { cause: cause.code, supplier, note: input.note, suggested: suggestCause(ctx, caseId)?.code ?? null }
  }
  return { caseId, orderChanged: apply(ctx, c, change, batch) }
}

export function doClose(ctx: CoreContext, input: ParsedInput<'queue.close'>): StepOutcome {
  const { c } = loadFor(ctx, input.caseId, 'close')
  const change: Change = { kind: 'closed', patch: { closed_at: isoNow(ctx) }, detail: { note: input.note, causeCode: c.cause_code } }
  return { caseId: c.id, orderChanged: apply(ctx, c, change, null) }
}

/**
 * Undoes the newest action not yet undone: its columns of the case go back to
 * what they were, and so do the order and its lines, provided they still look as
 * the action left them (else something else has changed them since, e.g. an
 * import, and undo is refused rather than overwrite it). The step is derived
 * again, so it matches anything the engine noted since. The undone event stays in
 * the timeline, marked, with an "undone" event after it.
 */
export function doUndo(ctx: CoreContext, caseId: number, batch: string | null = null): StepOutcome {
  const db = ctx.db
  const { c } = loadFor(ctx, caseId, 'undo')
  const last = lastUndoable(db, caseId)!
  const snap = JSON.parse(last.snapshot) as Snapshot
  const now = isoNow(ctx)
  if (snap.order) {
    const current = orderSnap(db, c.order_id)
    if (current.status !== snap.order.after.status || current.after_sale !== snap.order.after.after_sale)
      throw illegal({ key: 'errors.case_undo_stale' })
  }
  if (snap.lines) {
    const current = lineSnap(
      db,
      snap.lines.after.map((l) => l.id)
    )
    if (JSON.stringify(current) !== JSON.stringify(snap.lines.after)) throw illegal({ key: 'errors.case_undo_stale' })
  }
  const restored = { ...c, ...snap.case }
  writeCase(db, caseId, { ...snap.case, step: stepOf(restored) })
  if (snap.order) {
    const b = snap.order.before
    prepared(db, 'UPDATE orders SET status = ?, after_sale = ?, updated_at = ? WHERE id = ?').run(
      b.status,
      b.after_sale,
      b.updated_at,
      c.order_id
    )
  }
  if (snap.lines) {
    const move = prepared(db, 'UPDATE order_lines SET product_id = ? WHERE id = ? AND order_id = ?')
    for (const l of snap.lines.before) move.run(l.product_id, l.id, c.order_id)
  }
  prepared(db, 'UPDATE queue_events SET undone_at = ? WHERE id = ?').run(now, last.id)
  const detail = { undoneKind: last.kind, eventId: last.id }
  prepared(db, `INSERT INTO queue_events (case_id, at, kind, actor, detail, batch) VALUES (?, ?, 'undone', 'user', ?, ?)`).run(
    caseId,
    now,
    JSON.stringify(detail),
    batch
  )
  recordAudit(ctx, 'queue.undo', 'case', caseId, { orderId: c.order_id, ...detail, ...(batch ? { batch } : {}) })
  return { caseId, orderChanged: snap.order !== null || snap.lines !== null }
}

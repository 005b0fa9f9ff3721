// Reading the queue: pages of cases for a virtualized list (by index: the open
// cases' urgency order and each step's are indexes of queue_cases), the counts
// per step for the tabs, and one case in full with what is allowed next and its
// timeline. Hours left and the consequences of waiting are worked out at read
// time from the moment asked about.
import type { ParsedInput } from '../../../shared/contract'
import type { EngineMessage, Recommendation } from '../../../shared/engine-types'
import { AppError } from '../../../shared/errors'
import type {
  Answer,
  CaseAction,
  CaseActionState,
  CaseEvent,
  CaseLine,
  CaseStep,
  Consequence,
  QueueCase,
  QueueCounts,
  QueuePage,
  QueueRow,
  QueueScope,
  QueueSort
} from '../../../shared/queue-types'
import { ANSWERS, CASE_ACTIONS, CASE_STEPS } from '../../../shared/queue-types'
import type { Platform } from '../../../shared/types'
import type { CoreContext } from '../context'
import { containsPattern } from '../db/like'
import { prepared } from '../db/prepared'
import { lastUndoable, type Snapshot } from './actions'
import { lackingIds, loadCase, orderFacts } from './rows'
import { answerRefusal, refusalOf } from './steps'

const HOUR_MS = 3_600_000

export interface QueueFilter {
  scope: QueueScope
  step: CaseStep | null
  platform: Platform | null
  cause: string | null
  overdue: boolean | null
  search: string
}

/** Still at stake: the order is neither shipped nor cancelled. */
const AT_RISK = `c.situation IN ('short','unmapped','ready')`
const OVERDUE = `(c.closed_at IS NULL AND ${AT_RISK} AND IFNULL(c.deadline, '~') < :now)`

/** WHERE clauses from a fixed set (no input reaches SQL text), so each combination is its own prepared statement that can use the right index. */
function whereOf(q: QueueFilter, nowIso: string): { sql: string; params: Record<string, string | number>; needsOrder: boolean } {
  const clauses: string[] = []
  const params: Record<string, string | number> = {}
  if (q.scope === 'open') clauses.push('c.closed_at IS NULL')
  else if (q.scope === 'closed') clauses.push('c.closed_at IS NOT NULL')
  if (q.step !== null) {
    clauses.push('c.step = :step')
    params.step = q.step
  }
  if (q.platform !== null) {
    clauses.push('c.platform = :platform')
    params.platform = q.platform
  }
  if (q.cause !== null) {
    clauses.push('c.cause_code = :cause')
    params.cause = q.cause
  }
  if (q.overdue !== null) {
    clauses.push(q.overdue ? OVERDUE : `NOT ${OVERDUE}`)
    params.now = nowIso
  }
  const search = q.search.trim()
  if (search) {
    clauses.push(`(o.order_no LIKE :like ESCAPE '\\' OR o.buyer_name LIKE :like ESCAPE '\\')`)
    params.like = containsPattern(search)
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params, needsOrder: search !== '' }
}

/** Orders still at stake first, by deadline (undated last): the expressions of the queue_cases_open_urgency and _step indexes. */
const URGENCY = `c.situation IN ('shipped','cancelled'), IFNULL(c.deadline, '~'), c.id`

function orderBy(sort: QueueSort, scope: QueueScope): string {
  switch (sort) {
    case 'urgency':
      if (scope === 'closed') return 'c.closed_at DESC, c.id DESC'
      return scope === 'open' ? URGENCY : `c.closed_at IS NOT NULL, ${URGENCY}`
    case 'penalty':
      return `c.late_fen DESC, ${URGENCY}`
    case 'opened':
      return 'c.opened_at DESC, c.id DESC'
    case 'updated':
      return 'c.updated_at DESC, c.id DESC'
  }
}

const ROW_COLUMNS = `
  c.id AS caseId, c.order_id AS orderId, c.platform, o.order_no AS orderNo, o.buyer_name AS buyerName, o.paid_fen AS paidFen, o.paid_at AS paidAt,
  c.step, c.situation, c.deadline, c.late_fen AS lateFen, c.stockout_fen AS stockoutFen, c.lacking,
  CASE WHEN c.closed_at IS NULL THEN a.recommendation END AS recommendation,
  CASE WHEN c.closed_at IS NULL THEN sub.merchant_code END AS substituteSku,
  c.notified_at AS notifiedAt, c.offer_kind AS offerKind, c.answer, c.answer_reply_by AS replyBy, c.answer_wait_until AS waitUntil,
  c.follow_up_at AS followUpAt, c.cancel_reason AS cancelReason, c.refund_fen AS refundFen, c.compensation_fen AS compensationFen,
  c.feedback, c.cause_code AS causeCode, c.opened_at AS openedAt, c.updated_at AS updatedAt, c.closed_at AS closedAt,
  EXISTS (SELECT 1 FROM queue_events e WHERE e.case_id = c.id AND e.actor = 'user' AND e.snapshot IS NOT NULL AND e.undone_at IS NULL) AS canUndo`

const ROW_FROM = `
  FROM queue_cases c JOIN orders o ON o.id = c.order_id
  LEFT JOIN engine_actions a ON a.order_id = c.order_id
  LEFT JOIN products sub ON sub.id = a.substitute_id`

type RawRow = Omit<QueueRow, 'itemsSummary' | 'shortSkus' | 'hoursLeft' | 'overdue' | 'dueAt' | 'canUndo' | 'consequences'> & {
  paidAt: string | null
  lacking: string
  replyBy: string | null
  waitUntil: string | null
  followUpAt: string | null
  canUndo: number
}

export function hoursLeft(deadline: string | null, nowMs: number): number | null {
  if (deadline === null) return null
  return Math.round((Date.parse(deadline) - nowMs) / (HOUR_MS / 10)) / 10
}

const atRisk = (r: Pick<QueueRow, 'closedAt' | 'situation'>): boolean =>
  r.closedAt === null && (r.situation === 'short' || r.situation === 'unmapped' || r.situation === 'ready')

/** What leaving the order neither shipped nor cancelled costs: late compensation, the shop's score, an unhappy buyer. */
export function consequencesOf(
  r: Pick<QueueRow, 'closedAt' | 'situation' | 'lateFen' | 'stockoutFen' | 'deadline' | 'notifiedAt' | 'openedAt' | 'step'> & {
    paidAt: string | null
    waitUntil: string | null
  },
  nowMs: number
): Consequence[] {
  if (!atRisk(r)) return []
  const out: Consequence[] = []
  const left = hoursLeft(r.deadline, nowMs)
  const overdue = left !== null && left < 0
  const soon = left !== null && left < 24
  const msg = (key: string, params: EngineMessage['params']): EngineMessage => ({ key: `cases.consequences.${key}`, params })
  if (r.lateFen > 0) {
    out.push({
      kind: 'late_compensation',
      severity: overdue ? 'critical' : soon ? 'warning' : 'info',
      message: msg(overdue ? 'late_compensation_due' : 'late_compensation', { lateFen: r.lateFen, deadlineAt: r.deadline })
    })
  }
  if (overdue || soon) {
    out.push({
      kind: 'shop_score',
      severity: overdue ? 'critical' : 'warning',
      message: msg(overdue ? 'shop_score_late' : 'shop_score', { hours: left === null ? 0 : Math.abs(left) })
    })
  }
  const since = Date.parse(r.paidAt ?? r.openedAt)
  const waited = Number.isFinite(since) ? Math.max(0, Math.round((nowMs - since) / HOUR_MS)) : 0
  if (r.step === 'waiting' && r.waitUntil !== null && Date.parse(r.waitUntil) < nowMs) {
    // The buyer agreed to wait until a date that has passed, and the order still cannot ship.
    out.push({ kind: 'buyer_dissatisfaction', severity: 'critical', message: msg('wait_passed', { waitUntilAt: r.waitUntil }) })
  } else if (r.notifiedAt === null) {
    out.push({
      kind: 'buyer_dissatisfaction',
      severity: overdue || waited >= 24 ? 'critical' : waited >= 6 || soon ? 'warning' : 'info',
      message: msg('buyer_not_told', { hours: waited })
    })
  } else if (overdue) {
    out.push({ kind: 'buyer_dissatisfaction', severity: 'warning', message: msg('buyer_waiting_late', { hours: waited }) })
  }
  if (r.stockoutFen > 0 && r.situation === 'short') {
    out.push({ kind: 'stockout_deduction', severity: 'info', message: msg('stockout_deduction', { stockoutFen: r.stockoutFen }) })
  }
  return out
}

/** When something on the case falls due next. */
function dueAtOf(r: RawRow): string | null {
  if (r.closedAt !== null) return null
  if (r.step === 'cancel' && r.answer === 'no_reply') return r.replyBy
  if (r.step === 'waiting') return r.waitUntil
  return r.followUpAt
}

function toRows(ctx: CoreContext, raws: RawRow[], nowMs: number): QueueRow[] {
  if (raws.length === 0) return []
  const summary = new Map<number, string[]>()
  const lines = prepared(
    ctx.db,
    `SELECT order_id AS orderId, trim(title || ' ' || spec) AS label, merchant_code AS code, quantity
     FROM order_lines WHERE order_id IN (SELECT value FROM json_each(?)) ORDER BY order_id, line_no`
  ).all(JSON.stringify(raws.map((r) => r.orderId))) as { orderId: number; label: string; code: string; quantity: number }[]
  for (const l of lines) {
    const list = summary.get(l.orderId) ?? []
    list.push(`${l.label || l.code} ×${l.quantity}`)
    summary.set(l.orderId, list)
  }
  const pids = [...new Set(raws.flatMap((r) => lackingIds(r)))]
  const codes = new Map(
    (
      prepared(ctx.db, 'SELECT id, merchant_code AS code FROM products WHERE id IN (SELECT value FROM json_each(?))').all(
        JSON.stringify(pids)
      ) as {
        id: number
        code: string
      }[]
    ).map((p) => [p.id, p.code])
  )
  return raws.map((r) => {
    const { lacking: _lacking, paidAt, replyBy: _replyBy, waitUntil: _waitUntil, followUpAt: _followUpAt, canUndo, ...rest } = r
    const open = atRisk(r)
    const left = open ? hoursLeft(r.deadline, nowMs) : null
    return {
      ...rest,
      itemsSummary: (summary.get(r.orderId) ?? []).join('；'),
      shortSkus: lackingIds(r).map((p) => codes.get(p) ?? `#${p}`),
      hoursLeft: left,
      overdue: left !== null && left < 0,
      dueAt: dueAtOf(r),
      canUndo: canUndo === 1,
      consequences: consequencesOf({ ...r, paidAt, waitUntil: r.waitUntil }, nowMs)
    }
  })
}

export function computedAt(ctx: CoreContext): string | null {
  return (prepared(ctx.db, 'SELECT computed_at AS at FROM engine_state WHERE id = 1').get() as { at: string } | undefined)?.at ?? null
}

export function listQueue(ctx: CoreContext, q: ParsedInput<'queue.list'>): QueuePage {
  const nowIso = ctx.now().toISOString()
  const where = whereOf(q, nowIso)
  const countFrom = where.needsOrder ? 'FROM queue_cases c JOIN orders o ON o.id = c.order_id' : 'FROM queue_cases c'
  const total = (prepared(ctx.db, `SELECT COUNT(*) AS n ${countFrom} ${where.sql}`).get(where.params) as { n: number }).n
  const raws = prepared(
    ctx.db,
    `SELECT ${ROW_COLUMNS} ${ROW_FROM} ${where.sql} ORDER BY ${orderBy(q.sort, q.scope)} LIMIT :limit OFFSET :offset`
  ).all({
    ...where.params,
    limit: q.limit,
    offset: q.offset
  }) as RawRow[]
  return { now: nowIso, computedAt: computedAt(ctx), total, rows: toRows(ctx, raws, ctx.now().getTime()) }
}

/** Every row under the filters, in urgency order, converted a thousand at a time (for the export: one query, no count, no offsets). */
export function allQueueRows(ctx: CoreContext, q: QueueFilter): QueueRow[] {
  const nowIso = ctx.now().toISOString()
  const where = whereOf(q, nowIso)
  const out: QueueRow[] = []
  let chunk: RawRow[] = []
  const nowMs = ctx.now().getTime()
  for (const raw of prepared(ctx.db, `SELECT ${ROW_COLUMNS} ${ROW_FROM} ${where.sql} ORDER BY ${orderBy('urgency', q.scope)}`).iterate(
    where.params
  ) as IterableIterator<RawRow>) {
    chunk.push(raw)
    if (chunk.length === 1000) {
      out.push(...toRows(ctx, chunk, nowMs))
      chunk = []
    }
  }
  out.push(...toRows(ctx, chunk, nowMs))
  return out
}

export function queueCounts(ctx: CoreContext, q: ParsedInput<'queue.counts'>): QueueCounts {
  const nowIso = ctx.now().toISOString()
  const where = whereOf({ ...q, step: null }, nowIso)
  const from = where.needsOrder ? 'FROM queue_cases c JOIN orders o ON o.id = c.order_id' : 'FROM queue_cases c'
  const rows = prepared(
    ctx.db,
    `SELECT c.step, COUNT(*) AS n,
       SUM(c.closed_at IS NULL) AS open,
       SUM(${OVERDUE}) AS overdue,
       SUM(c.closed_at IS NULL AND c.situation IN ('ready','shipped','cancelled') AND c.cancelled_at IS NULL AND IFNULL(c.answer, '') <> 'accepted_substitute') AS elsewhere,
       SUM(CASE WHEN c.closed_at IS NULL AND c.situation = 'short' THEN c.late_fen ELSE 0 END) AS lateFen
     ${from} ${where.sql} GROUP BY c.step`
  ).all({ ...where.params, now: nowIso }) as {
    step: CaseStep
    n: number
    open: number
    overdue: number
    elsewhere: number
    lateFen: number
  }[]
  const byStep = Object.fromEntries(CASE_STEPS.map((s) => [s, 0])) as Record<CaseStep, number>
  const out: QueueCounts = { byStep, open: 0, overdue: 0, resolvedElsewhere: 0, lateFenOpen: 0 }
  for (const r of rows) {
    byStep[r.step] = r.n
    out.open += r.open
    out.overdue += r.overdue
    out.resolvedElsewhere += r.elsewhere
    out.lateFenOpen += r.lateFen
  }
  return out
}

export function findCaseId(ctx: CoreContext, orderNo: string, platform: Platform | null): number {
  const rows = prepared(
    ctx.db,
    `SELECT c.id FROM orders o JOIN queue_cases c ON c.order_id = o.id WHERE o.order_no = ? AND (? IS NULL OR o.platform = ?) ORDER BY o.platform`
  ).all(orderNo, platform, platform) as { id: number }[]
  if (rows.length === 0) throw new AppError('not_found', { entity: 'case', orderNo }, 'orderNo', 'errors.case_not_found')
  if (rows.length > 1) throw new AppError('conflict', { orderNo }, 'platform', 'errors.case_order_ambiguous')
  return rows[0]!.id
}

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

// A queue row from SQL to what the list shows: the columns read, and the mapping
// that adds the items, short SKUs, hours left, due date and consequences.
import type { QueueRow } from '../../../shared/queue-types'
import type { CoreContext } from '../context'
import { prepared } from '../db/prepared'
import { atRisk, consequencesOf, dueAtOf, hoursLeft } from './rules'
import { lackingIds } from './rows'

export const ROW_COLUMNS = `
  c.id AS caseId, c.order_id AS orderId, c.platform, o.shop_id AS shopId, (SELECT s.name FROM shops s WHERE s.id = o.shop_id) AS shopName, o.order_no AS orderNo, o.buyer_name AS buyerName, o.paid_fen AS paidFen, o.paid_at AS paidAt,
  c.step, c.situation, c.deadline, c.late_fen AS lateFen, c.stockout_fen AS stockoutFen, c.lacking,
  CASE WHEN c.closed_at IS NULL THEN a.recommendation END AS recommendation,
  CASE WHEN c.closed_at IS NULL THEN sub.merchant_code END AS substituteSku,
  c.notified_at AS notifiedAt, c.offer_kind AS offerKind, c.answer, c.answer_reply_by AS replyBy, c.answer_wait_until AS waitUntil,
  c.follow_up_at AS followUpAt, c.cancel_reason AS cancelReason, c.refund_fen AS refundFen, c.compensation_fen AS compensationFen,
  c.feedback, c.cause_code AS causeCode, c.opened_at AS openedAt, c.updated_at AS updatedAt, c.closed_at AS closedAt,
  EXISTS (SELECT 1 FROM queue_events e WHERE e.case_id = c.id AND e.actor = 'user' AND e.snapshot IS NOT NULL AND e.undone_at IS NULL) AS canUndo`

export const ROW_FROM = `
  FROM queue_cases c JOIN orders o ON o.id = c.order_id
  LEFT JOIN engine_actions a ON a.order_id = c.order_id
  LEFT JOIN products sub ON sub.id = a.substitute_id`

export type RawRow = Omit<QueueRow, 'itemsSummary' | 'shortSkus' | 'hoursLeft' | 'overdue' | 'dueAt' | 'canUndo' | 'consequences'> & {
  paidAt: string | null
  lacking: string
  replyBy: string | null
  waitUntil: string | null
  followUpAt: string | null
  canUndo: number
}

export function toRows(ctx: CoreContext, raws: RawRow[], nowMs: number): QueueRow[] {
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


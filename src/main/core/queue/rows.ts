// A case as stored: one row of queue_cases, column for column. Steps write it
// through `patch` objects whose keys must be in MUTABLE_COLUMNS, the fixed list
// that is the only way a column name reaches SQL text.
import { AppError } from '../../../shared/errors'
import type { Answer, CaseStep, Feedback, NotifyChannel, OfferKind, Situation } from '../../../shared/queue-types'
import type { AfterSaleStatus, OrderStatus, Platform } from '../../../shared/types'
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'

export interface CaseRow {
  id: number
  order_id: number
  platform: Platform
  step: CaseStep
  situation: Situation
  opened_at: string
  updated_at: string
  closed_at: string | null
  lacking: string
  deadline: string | null
  late_fen: number
  stockout_fen: number
  notified_at: string | null
  notify_channel: NotifyChannel | null
  offer_kind: OfferKind | null
  offer_product_id: number | null
  offer_substitute_id: number | null
  offer_coupon_fen: number | null
  offer_wait_until: string | null
  offer_refund_fen: number | null
  offer_note: string
  offered_at: string | null
  answer: Answer | null
  answer_wait_until: string | null
  answer_reply_by: string | null
  answered_at: string | null
  cancel_reason_id: number | null
  cancel_reason: string | null
  cancelled_at: string | null
  refund_fen: number | null
  compensation_fen: number
  refunded_at: string | null
  feedback: Feedback | null
  feedback_note: string
  follow_up_at: string | null
  followed_up_at: string | null
  cause_code: string | null
  cause_supplier_id: number | null
  cause_note: string
  caused_at: string | null
}

/** Columns a step (or undo) may write; id, order, platform and opening time never change. */
export const MUTABLE_COLUMNS = [
  'step',
  'situation',
  'updated_at',
  'closed_at',
  'lacking',
  'deadline',
  'late_fen',
  'stockout_fen',
  'notified_at',
  'notify_channel',
  'offer_kind',
  'offer_product_id',
  'offer_substitute_id',
  'offer_coupon_fen',
  'offer_wait_until',
  'offer_refund_fen',
  'offer_note',
  'offered_at',
  'answer',
  'answer_wait_until',
  'answer_reply_by',
  'answered_at',
  'cancel_reason_id',
  'cancel_reason',
  'cancelled_at',
  'refund_fen',
  'compensation_fen',
  'refunded_at',
  'feedback',
  'feedback_note',
  'follow_up_at',
  'followed_up_at',
  'cause_code',
  'cause_supplier_id',
  'cause_note',
  'caused_at'
] as const satisfies readonly (keyof CaseRow)[]
export type MutableColumn = (typeof MUTABLE_COLUMNS)[number]
export type CasePatch = Partial<Pick<CaseRow, MutableColumn>>

const MUTABLE = new Set<string>(MUTABLE_COLUMNS)

export function isMutableColumn(name: string): name is MutableColumn {
  return MUTABLE.has(name)
}

/** Writes the given columns of one case; the names are checked against MUTABLE_COLUMNS. */
export function writeCase(db: Db, caseId: number, patch: CasePatch): void {
  const keys = Object.keys(patch).filter(isMutableColumn).sort()
  if (keys.length === 0) return
  const sql = `UPDATE queue_cases SET ${keys.map((k) => `${k} = ?`).join(', ')} WHERE id = ?`
  prepared(db, sql).run(...keys.map((k) => patch[k] ?? null), caseId)
}

export function findCase(db: Db, caseId: number): CaseRow | undefined {
  return prepared(db, 'SELECT * FROM queue_cases WHERE id = ?').get(caseId) as CaseRow | undefined
}

export function loadCase(db: Db, caseId: number): CaseRow {
  const row = findCase(db, caseId)
  if (!row) throw new AppError('not_found', { entity: 'case', id: caseId }, 'caseId')
  return row
}

/** What the steps need to know about the case's order. */
export interface OrderFacts {
  id: number
  orderNo: string
  status: OrderStatus
  afterSale: AfterSaleStatus
  paidFen: number
  updatedAt: string
}

export function orderFacts(db: Db, orderId: number): OrderFacts {
  const o = prepared(
    db,
    `SELECT id, order_no AS orderNo, status, after_sale AS afterSale, paid_fen AS paidFen, updated_at AS updatedAt FROM orders WHERE id = ?`
  ).get(orderId) as OrderFacts | undefined
  if (!o) throw new AppError('not_found', { entity: 'order', id: orderId })
  return o
}

export const lackingIds = (row: Pick<CaseRow, 'lacking'>): number[] => {
  try {
    const v = JSON.parse(row.lacking) as unknown
    return Array.isArray(v) ? v.filter((x): x is number => Number.isInteger(x)) : []
  } catch {
    return []
  }
}

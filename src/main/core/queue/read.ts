// Reading the queue: pages of cases for a virtualized list (by index: the open
// cases' urgency order and each step's are indexes of queue_cases), the counts
// per step for the tabs, and finding a case by its order. One case in full is
// case.ts; the filters are filter.ts, the rows row-map.ts, the rules rules.ts.
import type { ParsedInput } from '../../../shared/contract'
import { AppError } from '../../../shared/errors'
import type { CaseStep, QueueCounts, QueuePage, QueueRow } from '../../../shared/queue-types'
import { CASE_STEPS } from '../../../shared/queue-types'
import type { Platform } from '../../../shared/types'
import type { CoreContext } from '../context'
import { prepared } from '../db/prepared'
import { OVERDUE, orderBy, whereOf, type QueueFilter } from './filter'
import { computedAt, ROW_COLUMNS, ROW_FROM, toRows, type RawRow } from './row-map'

export type { QueueFilter } from './filter'

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

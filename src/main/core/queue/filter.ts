// The queue's filters and orders as SQL: WHERE clauses and ORDER BYs from a fixed
// set (no input reaches SQL text), shared by the list, the counts and the export.
import type { CaseStep, QueueScope, QueueSort } from '../../../shared/queue-types'
import type { Platform } from '../../../shared/types'
import { orderMatches, searchPattern } from '../search/rule'

export interface QueueFilter {
  scope: QueueScope
  step: CaseStep | null
  platform: Platform | null
  cause: string | null
  overdue: boolean | null
  search: string
  /** Cases whose order has a line of this SKU. */
  productId?: number | null
  /** Cases whose order is of this shop (an order with no shop matches none). */
  shopId?: number | null
}

/** Still at stake: the order is neither shipped nor cancelled. */
const AT_RISK = `c.situation IN ('short','unmapped','ready')`
export const OVERDUE = `(c.closed_at IS NULL AND ${AT_RISK} AND IFNULL(c.deadline, '~') < :now)`

/** WHERE clauses from a fixed set (no input reaches SQL text), so each combination is its own prepared statement that can use the right index. */
export function whereOf(q: QueueFilter, nowIso: string): { sql: string; params: Record<string, string | number>; needsOrder: boolean } {
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
  if (q.shopId != null) {
    // Looked up per case by the order's primary key, so the urgency index still drives a page and LIMIT stops early.
    clauses.push('(SELECT so.shop_id FROM orders so WHERE so.id = c.order_id) = :shopId')
    params.shopId = q.shopId
  }
  if (q.cause !== null) {
    clauses.push('c.cause_code = :cause')
    params.cause = q.cause
  }
  if (q.overdue !== null) {
    clauses.push(q.overdue ? OVERDUE : `NOT ${OVERDUE}`)
    params.now = nowIso
  }
  if (q.productId != null) {
    clauses.push('c.order_id IN (SELECT l.order_id FROM order_lines l WHERE l.product_id = :productId)')
    params.productId = q.productId
  }
  const like = searchPattern(q.search)
  if (like !== null) {
    clauses.push(orderMatches('c.order_id'))
    params.like = like
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params, needsOrder: like !== null }
}

/** Orders still at stake first, by deadline (undated last): the expressions of the queue_cases_open_urgency and _step indexes. */
const URGENCY = `c.situation IN ('shipped','cancelled'), IFNULL(c.deadline, '~'), c.id`

export function orderBy(sort: QueueSort, scope: QueueScope): string {
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

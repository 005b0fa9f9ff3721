// The figures the one-paragraph summary is written from: totals of the counted
// cases, the cancellation rate (every order cancelled for lack of stock, its cause
// recorded yet or not), the leading cause with the supplier named most
// often with it, and how many cases in the range still wait for a cause.
import type { CauseRow, ReviewSummary } from '../../../shared/review-types'
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import { BASE_CASES, MONEY_SUMS, pct, PENDING_CASES, type CaseParams } from './sql'

const TOTALS = `
  WITH ${BASE_CASES}, ${PENDING_CASES},
  t AS (SELECT COUNT(*) AS cases, IFNULL(SUM(b.cancelled), 0) AS counted, ${MONEY_SUMS} FROM base b),
  o AS (SELECT COUNT(*) AS orders FROM orders WHERE paid_at >= :fromAt AND paid_at < :toAt AND (:platform IS NULL OR platform = :platform)
    AND (:shopId IS NULL OR shop_id = :shopId)),
  u AS (SELECT COUNT(*) AS unclassified, IFNULL(SUM(cancelled), 0) AS pendingCancelled FROM pend)
  SELECT t.cases, t.counted + u.pendingCancelled AS cancelled, t.refundFen, t.compensationFen, t.marginFen, t.lostFen,
    o.orders, ${pct('t.counted + u.pendingCancelled', 'o.orders')} AS cancelRatePct, u.unclassified
  FROM t, o, u`

const TOP_SUPPLIER = `
  WITH ${BASE_CASES}
  SELECT b.supplier_id AS id, s.name, COUNT(*) AS n FROM base b JOIN suppliers s ON s.id = b.supplier_id
  WHERE b.cause = :top GROUP BY b.supplier_id ORDER BY n DESC, s.name LIMIT 1`

export function summaryOf(db: Db, params: CaseParams, causes: CauseRow[]): ReviewSummary {
  const totals = prepared(db, TOTALS).get(params) as Omit<ReviewSummary, 'topCause'>
  const top = causes[0]
  if (!top || top.cases === 0) return { ...totals, topCause: null }
  const supplier = prepared(db, TOP_SUPPLIER).get({ ...params, top: top.code }) as { id: number; name: string; n: number } | undefined
  return {
    ...totals,
    topCause: {
      code: top.code,
      labelZh: top.labelZh,
      labelEn: top.labelEn,
      cases: top.cases,
      pct: top.casesPct ?? 0,
      supplierId: supplier?.id ?? null,
      supplierName: supplier?.name ?? null,
      supplierCases: supplier?.n ?? 0
    }
  }
}

// The causes Pareto: every cause of the taxonomy with its cases and money, in two
// orders (by cases, by money lost), each with its share and cumulative share
// computed by window functions. Causes without cases are listed too (0, at the
// end), so the owner sees what did not happen; archived causes only when they
// have cases. With a cause filter only that cause is listed.
import type { CauseRow, ReviewCause } from '../../../shared/review-types'
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import { BASE_CASES, MONEY_SUMS, pct, type CaseParams } from './sql'

const BY_CASES = 'cases DESC, position, code'
const BY_MONEY = 'lostFen DESC, cases DESC, position, code'

const causesSql = (order: string): string => `
  WITH ${BASE_CASES},
  agg AS (SELECT b.cause, COUNT(*) AS cases, SUM(b.cancelled) AS cancelled, ${MONEY_SUMS} FROM base b GROUP BY b.cause),
  r AS (
    SELECT q.code, q.label_zh AS labelZh, q.label_en AS labelEn, q.position,
      IFNULL(a.cases, 0) AS cases, IFNULL(a.cancelled, 0) AS cancelled,
      IFNULL(a.refundFen, 0) AS refundFen, IFNULL(a.compensationFen, 0) AS compensationFen,
      IFNULL(a.marginFen, 0) AS marginFen, IFNULL(a.lostFen, 0) AS lostFen
    FROM queue_causes q LEFT JOIN agg a ON a.cause = q.code
    WHERE (q.archived = 0 OR a.cases > 0) AND (:cause IS NULL OR q.code = :cause)
  )
  SELECT r.*,
    ${pct('cases', 'SUM(cases) OVER ()')} AS casesPct,
    ${pct(`SUM(cases) OVER (ORDER BY ${BY_CASES} ROWS UNBOUNDED PRECEDING)`, 'SUM(cases) OVER ()')} AS casesCumPct,
    ${pct('lostFen', 'SUM(lostFen) OVER ()')} AS lostPct,
    ${pct(`SUM(lostFen) OVER (ORDER BY ${BY_MONEY} ROWS UNBOUNDED PRECEDING)`, 'SUM(lostFen) OVER ()')} AS lostCumPct
  FROM r ORDER BY ${order}`

const SQL_BY_CASES = causesSql(BY_CASES)
const SQL_BY_MONEY = causesSql(BY_MONEY)

export function causeRows(db: Db, params: CaseParams, order: 'cases' | 'money'): CauseRow[] {
  return prepared(db, order === 'cases' ? SQL_BY_CASES : SQL_BY_MONEY).all(params) as CauseRow[]
}

/** The taxonomy in its order: every cause not archived, and archived ones that have cases in the range. */
export function causeList(db: Db, params: CaseParams): ReviewCause[] {
  const rows = prepared(
    db,
    `SELECT code, label_zh AS labelZh, label_en AS labelEn, position, archived FROM queue_causes q
     WHERE archived = 0 OR EXISTS (SELECT 1 FROM queue_cases c WHERE c.cause_code = q.code AND c.opened_at >= :fromAt AND c.opened_at < :toAt)
     ORDER BY position, code`
  ).all({ fromAt: params.fromAt, toAt: params.toAt }) as (Omit<ReviewCause, 'archived'> & { archived: number })[]
  return rows.map((r) => ({ ...r, archived: r.archived === 1 }))
}

// Week by week (Monday to Sunday in shop time, cut to the range): stockout cases
// by cause (and those still waiting for a cause, apart), the cancellation rate
// (orders cancelled for lack of stock ÷ orders paid that week, whether the cause
// is recorded yet or not) and the money. The weeks' UTC bounds are bound as one JSON array;
// every count and sum is SQL's, the rows are only put together here.
import type { CauseCounts, MoneyRow, ReviewRange, TrendRow } from '../../../shared/review-types'
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import { weeksOf } from './range'
import { BASE_CASES, MONEY_SUMS, pct, PENDING_CASES, WEEKS, type CaseParams } from './sql'

const PER_WEEK = `
  WITH ${BASE_CASES}, ${PENDING_CASES}, ${WEEKS},
  p AS (SELECT w.i, COUNT(p.id) AS pending, IFNULL(SUM(p.cancelled), 0) AS pendingCancelled FROM w LEFT JOIN pend p ON p.opened_at >= w.lo AND p.opened_at < w.hi GROUP BY w.i),
  o AS (
    SELECT w.i, (SELECT COUNT(*) FROM orders o WHERE o.paid_at >= w.lo AND o.paid_at < w.hi AND (:platform IS NULL OR o.platform = :platform)
      AND (:shopId IS NULL OR o.shop_id = :shopId)) AS orders
    FROM w
  ),
  c AS (SELECT w.i, COUNT(b.id) AS cases, IFNULL(SUM(b.cancelled), 0) AS cancelled, ${MONEY_SUMS} FROM w LEFT JOIN base b ON b.opened_at >= w.lo AND b.opened_at < w.hi GROUP BY w.i)
  SELECT c.*, p.pending, p.pendingCancelled, o.orders, ${pct('c.cancelled + p.pendingCancelled', 'o.orders')} AS cancelRatePct
  FROM c JOIN o ON o.i = c.i JOIN p ON p.i = c.i ORDER BY c.i`

const PER_WEEK_CAUSE = `
  WITH ${BASE_CASES}, ${WEEKS}
  SELECT w.i, b.cause, COUNT(*) AS n FROM w JOIN base b ON b.opened_at >= w.lo AND b.opened_at < w.hi GROUP BY w.i, b.cause ORDER BY w.i, b.cause`

interface WeekAgg {
  i: number
  cases: number
  cancelled: number
  refundFen: number
  compensationFen: number
  marginFen: number
  lostFen: number
  pending: number
  pendingCancelled: number
  orders: number
  cancelRatePct: number | null
}

export function weekRows(db: Db, params: CaseParams, range: ReviewRange): { trend: TrendRow[]; money: MoneyRow[] } {
  const weeks = weeksOf(range)
  const bound = { ...params, weeks: JSON.stringify(weeks.map((w) => [w.fromAt, w.toAt])) }
  const totals = prepared(db, PER_WEEK).all(bound) as WeekAgg[]
  const byCause: CauseCounts[] = weeks.map(() => ({}))
  for (const r of prepared(db, PER_WEEK_CAUSE).all(bound) as { i: number; cause: string; n: number }[]) byCause[r.i]![r.cause] = r.n
  const trend: TrendRow[] = []
  const money: MoneyRow[] = []
  totals.forEach((t) => {
    const w = weeks[t.i]!
    const week = { week: w.week, from: w.from, to: w.to, days: w.days }
    trend.push({
      ...week,
      cases: t.cases,
      byCause: byCause[t.i]!,
      pending: t.pending,
      cancelled: t.cancelled + t.pendingCancelled,
      orders: t.orders,
      cancelRatePct: t.cancelRatePct
    })
    money.push({
      ...week,
      cases: t.cases,
      refundFen: t.refundFen,
      compensationFen: t.compensationFen,
      marginFen: t.marginFen,
      lostFen: t.lostFen
    })
  })
  return { trend, money }
}

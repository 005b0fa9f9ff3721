// Suppliers: the cases each was named in (the supplier recorded with the cause),
// and its scorecard from the deliveries promised in the range (incoming stock):
//  - promised and actual lead time, over the same received deliveries: promised
//    date − order date, and received − order date, on average;
//  - on time: received by the end of the promised day in shop time, out of the
//    deliveries received or still open after that day (cancelled ones left out);
//  - fill rate: units received ÷ units ordered, over settled deliveries (received
//    or cancelled; a cancelled one received nothing).
// The platform and cause filters apply to cases only: deliveries have neither.
// The row without a supplier (cases naming none, deliveries from none) comes last.
import type { CauseCounts, SupplierRow } from '../../../shared/review-types'
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import { BASE_CASES, MONEY_SUMS, pct, type CaseParams } from './sql'

const SUPPLIERS = `
  WITH ${BASE_CASES},
  cs AS (SELECT b.supplier_id, COUNT(*) AS cases, ${MONEY_SUMS} FROM base b GROUP BY b.supplier_id),
  due AS (
    SELECT i.*, (SELECT MIN(e.value) FROM json_each(:dayEnds) e WHERE e.value > i.expected_at) AS day_end
    FROM incoming_stock i
    WHERE i.expected_at >= :fromAt AND i.expected_at < :toAt AND (:supplierId IS NULL OR i.supplier_id = :supplierId)
  ),
  d AS (
    SELECT i.supplier_id, COUNT(*) AS deliveries,
      SUM(i.status = 'received') AS received,
      SUM(i.status = 'cancelled') AS cancelledDeliveries,
      SUM(i.status = 'open' AND i.day_end <= :now) AS overdue,
      SUM(i.status = 'received' AND i.received_at < i.day_end) AS onTime,
      ROUND(AVG(CASE WHEN i.status = 'received' AND i.ordered_at IS NOT NULL THEN julianday(i.expected_at) - julianday(i.ordered_at) END), 1) AS promisedLeadDays,
      ROUND(AVG(CASE WHEN i.status = 'received' AND i.ordered_at IS NOT NULL THEN julianday(i.received_at) - julianday(i.ordered_at) END), 1) AS actualLeadDays,
      IFNULL(SUM(CASE WHEN i.status IN ('received', 'cancelled') THEN i.quantity END), 0) AS unitsOrdered,
      IFNULL(SUM(CASE WHEN i.status = 'received' THEN IFNULL(m.quantity, i.quantity) END), 0) AS unitsReceived
    FROM due i LEFT JOIN stock_movements m ON m.id = i.movement_id
    GROUP BY i.supplier_id
  ),
  k AS (SELECT supplier_id FROM cs UNION SELECT supplier_id FROM d)
  SELECT k.supplier_id AS supplierId, s.name, s.lead_time_days AS leadTimeDays,
    IFNULL(cs.cases, 0) AS cases, IFNULL(cs.refundFen, 0) AS refundFen, IFNULL(cs.compensationFen, 0) AS compensationFen,
    IFNULL(cs.marginFen, 0) AS marginFen, IFNULL(cs.lostFen, 0) AS lostFen,
    IFNULL(d.deliveries, 0) AS deliveries, IFNULL(d.received, 0) AS received, IFNULL(d.cancelledDeliveries, 0) AS cancelledDeliveries,
    IFNULL(d.overdue, 0) AS overdue, IFNULL(d.onTime, 0) AS onTime,
    ${pct('d.onTime', 'd.received + d.overdue')} AS onTimePct,
    d.promisedLeadDays, d.actualLeadDays,
    IFNULL(d.unitsOrdered, 0) AS unitsOrdered, IFNULL(d.unitsReceived, 0) AS unitsReceived,
    ${pct('d.unitsReceived', 'd.unitsOrdered')} AS fillRatePct
  FROM k LEFT JOIN cs ON cs.supplier_id IS k.supplier_id LEFT JOIN d ON d.supplier_id IS k.supplier_id
  LEFT JOIN suppliers s ON s.id = k.supplier_id
  ORDER BY k.supplier_id IS NULL, cases DESC, deliveries DESC, s.name`

const BY_CAUSE = `WITH ${BASE_CASES} SELECT b.supplier_id AS supplierId, b.cause, COUNT(*) AS n FROM base b GROUP BY b.supplier_id, b.cause`

export function supplierRows(db: Db, params: CaseParams, dayEnds: string[], nowIso: string): SupplierRow[] {
  const rows = prepared(db, SUPPLIERS).all({ ...params, dayEnds: JSON.stringify(dayEnds), now: nowIso }) as Omit<SupplierRow, 'byCause'>[]
  const byCause = new Map<number | null, CauseCounts>()
  for (const r of prepared(db, BY_CAUSE).all(params) as { supplierId: number | null; cause: string; n: number }[]) {
    const counts = byCause.get(r.supplierId) ?? {}
    counts[r.cause] = r.n
    byCause.set(r.supplierId, counts)
  }
  return rows.map((r) => ({ ...r, byCause: byCause.get(r.supplierId) ?? {} }))
}

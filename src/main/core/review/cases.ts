// The cases behind a bar: the same counted set as the charts, narrowed to the
// bar (a cause, a supplier, a SKU or a week), newest first.
import type { ParsedInput } from '../../../shared/contract'
import type { ReviewCasePage, ReviewCaseRow } from '../../../shared/review-types'
import type { CoreContext } from '../context'
import { prepared } from '../db/prepared'
import { reviewScope } from './data'
import { addDays, dayStart } from './range'
import { BASE_CASES, caseParams } from './sql'

const BAR = `
  (:kind <> 'cause' OR b.cause = :barCause)
  AND (:kind <> 'supplier' OR b.supplier_id IS :barSupplier)
  AND (:kind <> 'sku' OR EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(b.lacking) THEN b.lacking ELSE '[]' END) j WHERE j.value = :barProduct))
  AND (:kind <> 'week' OR (b.opened_at >= :weekFrom AND b.opened_at < :weekTo))`

const COUNT = `WITH ${BASE_CASES} SELECT COUNT(*) AS n FROM base b WHERE ${BAR}`

const ROWS = `
  WITH ${BASE_CASES}
  SELECT b.id AS caseId, b.order_id AS orderId, b.platform, o.order_no AS orderNo, b.opened_at AS openedAt, b.closed_at AS closedAt,
    b.cause AS causeCode, b.cause_note AS causeNote, b.supplier_id AS supplierId, s.name AS supplierName,
    (SELECT json_group_array(p.merchant_code) FROM json_each(CASE WHEN json_valid(b.lacking) THEN b.lacking ELSE '[]' END) j
       JOIN products p ON p.id = j.value) AS skus,
    o.paid_fen AS paidFen, b.cancelled, b.refund AS refundFen, b.comp AS compensationFen, b.margin AS marginFen
  FROM base b JOIN orders o ON o.id = b.order_id LEFT JOIN suppliers s ON s.id = b.supplier_id
  WHERE ${BAR}
  ORDER BY b.opened_at DESC, b.id DESC
  LIMIT :limit OFFSET :offset`

type Raw = Omit<ReviewCaseRow, 'skus' | 'cancelled'> & { skus: string; cancelled: number }

export function reviewCases(ctx: CoreContext, input: ParsedInput<'review.cases'>): ReviewCasePage {
  const { range, filters } = reviewScope(ctx, input)
  const bar = input.bar
  const params = {
    ...caseParams(range, filters),
    kind: bar.kind,
    barCause: bar.kind === 'cause' ? bar.code : null,
    barSupplier: bar.kind === 'supplier' ? bar.supplierId : null,
    barProduct: bar.kind === 'sku' ? bar.productId : null,
    weekFrom: bar.kind === 'week' ? new Date(dayStart(bar.week, range.timeZone)).toISOString() : null,
    weekTo: bar.kind === 'week' ? new Date(dayStart(addDays(bar.week, 7), range.timeZone)).toISOString() : null
  }
  const total = (prepared(ctx.db, COUNT).get(params) as { n: number }).n
  const rows = (prepared(ctx.db, ROWS).all({ ...params, limit: input.limit, offset: input.offset }) as Raw[]).map((r) => ({
    ...r,
    skus: JSON.parse(r.skus) as string[],
    cancelled: r.cancelled === 1
  }))
  return { total, rows }
}

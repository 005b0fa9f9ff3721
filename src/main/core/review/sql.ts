// The set of cases every review figure counts, as one CTE the queries start
// from: cases with a recorded cause, opened in the range, under the filters, each
// with its money. Bound parameters only; no text from input reaches the SQL.
//
// Money per case:
//  - refund: what the queue recorded as refunded (0 before the refund step);
//  - compensation: what was paid to the buyer on top (coupon, red packet);
//  - margin (estimated lost margin): for a cancelled order, Σ over its lines of
//    (what the line sold for − unit cost × quantity), never below 0 per line; a
//    line without an amount is priced at the SKU's price. An order that shipped
//    or took a substitute lost no margin.
import type { ReviewFilters, ReviewRange } from '../../../shared/review-types'
import { orderMatches, searchPattern } from '../search/rule'

export interface CaseParams {
  fromAt: string
  toAt: string
  platform: string | null
  supplierId: number | null
  cause: string | null
  shopId: number | null
  /** The search (search/rule.ts) as a LIKE pattern, or null. */
  like: string | null
}

export const caseParams = (range: ReviewRange, filters: ReviewFilters): CaseParams => ({
  fromAt: range.fromAt,
  toAt: range.toAt,
  platform: filters.platform,
  supplierId: filters.supplierId,
  cause: filters.cause,
  shopId: filters.shopId,
  like: searchPattern(filters.search)
})

/** A case whose order matches the search (the same rule as every order list). */
/** A case whose order is of the chosen shop. */
const CASE_SHOP = `(:shopId IS NULL OR (SELECT so.shop_id FROM orders so WHERE so.id = c.order_id) = :shopId)`

const CASE_SEARCH = `(:like IS NULL OR EXISTS (SELECT 1 FROM orders o WHERE o.id = c.order_id AND ${orderMatches('c.order_id')}))`

export const LINE_MARGIN = `MAX(0, CASE WHEN l.amount_fen > 0 THEN l.amount_fen ELSE IFNULL(p.price_fen, 0) * l.quantity END - IFNULL(p.unit_cost_fen, 0) * l.quantity)`

/** `base`: one row per counted case. Needs :fromAt :toAt :platform :supplierId :cause. */
export const BASE_CASES = `
  base AS (
    SELECT c.id, c.order_id, c.platform, c.opened_at, c.closed_at, c.cause_code AS cause, c.cause_supplier_id AS supplier_id,
      c.cause_note, c.lacking,
      (c.cancelled_at IS NOT NULL) AS cancelled,
      IFNULL(c.refund_fen, 0) AS refund,
      c.compensation_fen AS comp,
      CASE WHEN c.cancelled_at IS NULL THEN 0 ELSE IFNULL((
        SELECT SUM(${LINE_MARGIN}) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = c.order_id
      ), 0) END AS margin
    FROM queue_cases c
    WHERE c.cause_code IS NOT NULL AND c.opened_at >= :fromAt AND c.opened_at < :toAt
      AND (:platform IS NULL OR c.platform = :platform)
      AND (:supplierId IS NULL OR c.cause_supplier_id = :supplierId)
      AND (:cause IS NULL OR c.cause_code = :cause)
      AND ${CASE_SHOP}
      AND ${CASE_SEARCH}
  )`

/**
 * `pend`: cases opened in the range whose cause is not recorded yet. They are in no
 * breakdown, only counted (and their cancelled orders in the cancellation rate);
 * with a supplier or cause filter there are none, as they cannot match it.
 */
export const PENDING_CASES = `
  pend AS (
    SELECT c.id, c.opened_at, (c.cancelled_at IS NOT NULL) AS cancelled FROM queue_cases c
    WHERE c.cause_code IS NULL AND c.opened_at >= :fromAt AND c.opened_at < :toAt
      AND (:platform IS NULL OR c.platform = :platform) AND :supplierId IS NULL AND :cause IS NULL
      AND ${CASE_SHOP}
      AND ${CASE_SEARCH}
  )`

/** The money columns of a group of `base` rows, named as ReviewMoney. */
export const MONEY_SUMS = `
  IFNULL(SUM(b.refund), 0) AS refundFen, IFNULL(SUM(b.comp), 0) AS compensationFen,
  IFNULL(SUM(b.margin), 0) AS marginFen, IFNULL(SUM(b.comp + b.margin), 0) AS lostFen`

/** A percentage with one decimal, or NULL when the whole is 0. */
export const pct = (part: string, whole: string): string => `CASE WHEN ${whole} > 0 THEN ROUND(100.0 * (${part}) / (${whole}), 1) END`

/** `w`: the weeks (index i, bounds lo ≤ t < hi) from a JSON array of [lo, hi] pairs bound as :weeks. */
export const WEEKS = `
  w AS (SELECT CAST(key AS INTEGER) AS i, json_extract(value, '$[0]') AS lo, json_extract(value, '$[1]') AS hi FROM json_each(:weeks))`

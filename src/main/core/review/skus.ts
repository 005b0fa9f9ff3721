// The SKUs behind the stockouts: a case counts for every SKU its order lacked
// (the engine's list, kept on the case), and its money lost is shared equally
// among them (the odd fen to the first), so the SKUs' money adds up to the
// cases'. Each SKU comes with the engine's view now: days of cover and the
// reorder suggestion of the last recompute.
import type { SkuRow } from '../../../shared/review-types'
import { REVIEW_TOP_SKUS } from '../../../shared/review-types'
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import { BASE_CASES, type CaseParams } from './sql'

const skusSql = (order: string): string => `
  WITH ${BASE_CASES},
  s AS (
    SELECT b.id, CAST(j.value AS INTEGER) AS product_id, CAST(j.key AS INTEGER) AS k, json_array_length(b.lacking) AS n, b.comp + b.margin AS lost
    FROM base b, json_each(CASE WHEN json_valid(b.lacking) THEN b.lacking ELSE '[]' END) j
  ),
  agg AS (SELECT product_id, COUNT(DISTINCT id) AS cases, SUM(lost / n + CASE WHEN k = 0 THEN lost % n ELSE 0 END) AS lostFen FROM s GROUP BY product_id)
  SELECT p.id AS productId, p.merchant_code AS merchantCode, p.name, p.spec, sup.name AS supplierName,
    a.cases, a.lostFen, ROUND(e.days_of_cover, 1) AS daysOfCover, IFNULL(e.suggested_qty, 0) AS suggestedQty,
    e.available, e.lead_time_days AS leadTimeDays
  FROM agg a JOIN products p ON p.id = a.product_id
  LEFT JOIN suppliers sup ON sup.id = p.supplier_id
  LEFT JOIN engine_skus e ON e.product_id = p.id
  ORDER BY ${order}, p.merchant_code
  LIMIT ${REVIEW_TOP_SKUS}`

const BY_CASES = skusSql('a.cases DESC, a.lostFen DESC')
const BY_MONEY = skusSql('a.lostFen DESC, a.cases DESC')

export function skuRows(db: Db, params: CaseParams, order: 'cases' | 'money'): SkuRow[] {
  return prepared(db, order === 'cases' ? BY_CASES : BY_MONEY).all(params) as SkuRow[]
}

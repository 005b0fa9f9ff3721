// How often the merchant took the suggested cause: over the cases opened in the
// range whose cause is recorded, the step that recorded it (the newest cause_set
// not undone) says which cause was suggested at that moment (actions.ts doCause).
import type { SuggestionCounts } from '../../../shared/cause-suggest-types'
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'

const SQL = `
  WITH last AS (
    SELECT c.cause_code AS cause,
      (SELECT json_extract(e.detail, '$.suggested') FROM queue_events e
       WHERE e.case_id = c.id AND e.kind = 'cause_set' AND e.undone_at IS NULL ORDER BY e.id DESC LIMIT 1) AS suggested
    FROM queue_cases c
    WHERE c.cause_code IS NOT NULL AND c.opened_at >= :fromAt AND c.opened_at < :toAt AND (:platform IS NULL OR c.platform = :platform)
      AND (:shopId IS NULL OR (SELECT o.shop_id FROM orders o WHERE o.id = c.order_id) = :shopId)
  )
  SELECT COUNT(suggested) AS suggested, IFNULL(SUM(suggested = cause), 0) AS confirmed, IFNULL(SUM(suggested <> cause), 0) AS changed FROM last`

export function suggestionCounts(db: Db, params: { fromAt: string; toAt: string; platform: string | null; shopId: number | null }): SuggestionCounts {
  return prepared(db, SQL).get(params) as SuggestionCounts
}

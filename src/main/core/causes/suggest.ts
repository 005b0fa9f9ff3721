// Suggests the likely cause of one case's stockout from the shop's data, with the
// facts in words' raw form. Run on demand for one case (the case view, `queue show`,
// recording the cause), never over a whole list: the queue holds 50,000 cases.
//
// The rules are tried in order and the first that finds evidence wins. The order
// goes from the most specific record to the most general pattern: a wrong code
// mapping or a count that removed the units explains the stockout whatever demand
// did; a supplier's failure explains it before the merchant's own timing; a spike
// or a cross-shop race before "reordered too late", which is what is left.
import type { CauseSuggestion } from '../../../shared/cause-suggest-types'
import type { EngineMessage } from '../../../shared/engine-types'
import { isoNow, type CoreContext } from '../context'
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'
import { demandSpike, oversellSync } from './demand-rules'
import { countError, listingError } from './record-rules'
import { loadSubject, type Subject, type SubjectProduct } from './subject'
import { lateReorder, supplierLate, supplierShortage } from './supply-rules'

type Rule = (db: Db, s: Subject, p: SubjectProduct) => EngineMessage[] | null

/** Per-SKU rules, in order, with the cause code each one points to. */
const SKU_RULES: readonly (readonly [string, Rule])[] = [
  ['count_error', countError],
  ['supplier_shortage', supplierShortage],
  ['supplier_late', supplierLate],
  ['oversell_sync', oversellSync],
  ['demand_spike', demandSpike],
  ['late_reorder', lateReorder]
]

export function suggestCause(ctx: CoreContext, caseId: number): CauseSuggestion | null {
  const s = loadSubject(ctx.db, caseId, isoNow(ctx))
  const found = firstFinding(ctx.db, s)
  if (!found) return null
  const cause = prepared(ctx.db, 'SELECT label_zh AS labelZh, label_en AS labelEn, archived FROM queue_causes WHERE code = ?').get(found.code) as
    | { labelZh: string; labelEn: string; archived: number }
    | undefined
  // A cause the merchant archived is not offered again.
  if (!cause || cause.archived === 1) return null
  return { code: found.code, labelZh: cause.labelZh, labelEn: cause.labelEn, facts: found.facts }
}

function firstFinding(db: Db, s: Subject): { code: string; facts: EngineMessage[] } | null {
  const listing = listingError(db, s)
  if (listing) return { code: 'listing_error', facts: listing }
  for (const [code, rule] of SKU_RULES) {
    for (const p of s.products) {
      const facts = rule(db, s, p)
      if (facts) return { code, facts }
    }
  }
  return null
}

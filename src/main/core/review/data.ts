// Everything the review screen draws, in one call: the range resolved in the
// shop's time zone, then one SQL aggregate per chart over the same set of cases.
import type { ParsedInput } from '../../../shared/contract'
import type { ReviewData, ReviewFilters, ReviewRange } from '../../../shared/review-types'
import { isoNow, type CoreContext } from '../context'
import { prepared } from '../db/prepared'
import { getSettings } from '../settings/settings'
import { causeList, causeRows } from './causes'
import { dayEnds, resolveRange } from './range'
import { skuRows } from './skus'
import { caseParams } from './sql'
import { summaryOf } from './summary'
import { supplierRows } from './suppliers'
import { weekRows } from './weeks'

type FilterInput = Pick<ParsedInput<'review.data'>, 'days' | 'from' | 'to' | 'platform' | 'shopId' | 'supplierId' | 'cause' | 'search'>

export function reviewScope(ctx: CoreContext, input: FilterInput): { range: ReviewRange; filters: ReviewFilters } {
  const range = resolveRange(input, ctx.now().getTime(), getSettings(ctx).timeZone)
  return { range, filters: { platform: input.platform, shopId: input.shopId, supplierId: input.supplierId, cause: input.cause, search: input.search.trim() } }
}

export function reviewData(ctx: CoreContext, input: FilterInput): ReviewData {
  const { range, filters } = reviewScope(ctx, input)
  const params = caseParams(range, filters)
  return ctx.db.transaction(() => {
    // One read transaction: every chart sees the same moment of the shop.
    const causes = causeRows(ctx.db, params, 'cases')
    const { trend, money } = weekRows(ctx.db, params, range)
    const engine = prepared(ctx.db, 'SELECT computed_at AS at FROM engine_state WHERE id = 1').get() as { at: string } | undefined
    return {
      range,
      filters,
      causeList: causeList(ctx.db, params),
      summary: summaryOf(ctx.db, params, causes),
      causes,
      causesByMoney: causeRows(ctx.db, params, 'money'),
      trend,
      suppliers: supplierRows(ctx.db, params, dayEnds(range), isoNow(ctx)),
      skusByCases: skuRows(ctx.db, params, 'cases'),
      skusByMoney: skuRows(ctx.db, params, 'money'),
      money,
      engineAt: engine?.at ?? null
    }
  })()
}

// The cause suggestion's part of the handler table. Both are reads: the case's
// suggestion brings the engine up to date first (the rules read its demand and
// reorder points), as the queue's reads do.
import type { Handlers } from '../../../shared/contract'
import type { CoreContext } from '../context'
import { ensureFresh } from '../engine/recompute'
import { loadCase } from '../queue/rows'
import { reviewScope } from '../review/data'
import { suggestionCounts } from './confirmations'
import { suggestCause } from './suggest'

export function causeHandlers(ctx: CoreContext) {
  return {
    'queue.suggestCause': (input) => {
      // A case that does not exist is refused before anything is recomputed.
      loadCase(ctx.db, input.caseId)
      ensureFresh(ctx)
      return suggestCause(ctx, input.caseId)
    },
    'review.suggestions': (input) => {
      const { range } = reviewScope(ctx, { ...input, supplierId: null, cause: null, search: '' })
      return suggestionCounts(ctx.db, { fromAt: range.fromAt, toAt: range.toAt, platform: input.platform, shopId: input.shopId })
    }
  } satisfies Partial<Handlers>
}

// The supply-chain review's part of the handler table (issue #6). Reads bring
// the engine's results up to date first (as the queue's do): the recompute is
// also what opens cases, and the SKU figures show its days of cover and reorder
// suggestions.
import type { Handlers } from '../../../shared/contract'
import type { CoreContext } from '../context'
import { ensureFresh } from '../engine/recompute'
import { reviewCases } from './cases'
import { reviewData, reviewScope } from './data'
import { exportReport } from './export'

export function reviewHandlers(ctx: CoreContext) {
  // The range is checked before anything is recomputed: a refused call changes nothing.
  const fresh = <T>(input: Parameters<typeof reviewScope>[1], read: () => T): T => {
    reviewScope(ctx, input)
    ensureFresh(ctx)
    return read()
  }
  return {
    'review.data': (input) => fresh(input, () => reviewData(ctx, input)),
    'review.cases': (input) => fresh(input, () => reviewCases(ctx, input)),
    'export.report': (input) => fresh(input, () => exportReport(ctx, input))
  } satisfies Partial<Handlers>
}

// The purchase lists' part of the handler table (issue 16.4). Recording a list
// adds deliveries the engine counts as incoming: a 'stock' write.
import type { Handlers } from '../../../shared/contract'
import type { CoreContext } from '../context'
import { ensureFresh } from '../engine/recompute'
import { writes } from '../writes'
import { purchaseLists, recordPurchase } from './record'

export function purchaseHandlers(ctx: CoreContext) {
  return {
    'purchase.lists': (input) => {
      ensureFresh(ctx)
      return purchaseLists(ctx, input)
    },
    'purchase.record': writes(ctx, 'stock', (input) => {
      ensureFresh(ctx)
      return recordPurchase(ctx, input)
    })
  } satisfies Partial<Handlers>
}

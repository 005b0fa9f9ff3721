// Shops' calls. Merging and a shop's rule change what the engine reads (the orders'
// shop, the rule that sets their deadlines): declared writes of 'orders'.
import type { Handlers } from '../../../shared/contract'
import type { CoreContext } from '../context'
import { listShops } from './list'

export function shopHandlers(ctx: CoreContext) {
  return {
    'shops.list': () => listShops(ctx.db)
  } satisfies Partial<Handlers>
}

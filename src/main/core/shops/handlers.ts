// Shops' calls. Merging moves orders between shops and a shop's rule sets its orders'
// deadlines and penalties: both change what the engine reads, declared writes of 'orders'.
// Adding, renaming and the default shop change nothing the engine reads.
import type { Handlers } from '../../../shared/contract'
import type { CoreContext } from '../context'
import { writes } from '../writes'
import { listShops } from './list'
import { addShop, renameShop, setDefaultShop } from './manage'
import { mergeShops } from './merge'
import { setShopRule } from './rule'

export function shopHandlers(ctx: CoreContext) {
  return {
    'shops.list': () => listShops(ctx.db),
    'shops.add': (input) => addShop(ctx, input.platform, input.name),
    'shops.rename': (input) => renameShop(ctx, input.shopId, input.name),
    'shops.setDefault': (input) => setDefaultShop(ctx, input.shopId),
    'shops.merge': writes(ctx, 'orders', (input) => mergeShops(ctx, input.fromId, input.intoId)),
    'shops.setRule': writes(ctx, 'orders', (input) => setShopRule(ctx, input.shopId, input.ruleId))
  } satisfies Partial<Handlers>
}

// The first-run calls: new SKUs for an export's unknown codes, and leaving the demo shop.
import type { Handlers } from '../../../shared/contract'
import type { firstRunCalls } from '../../../shared/calls/first-run'
import type { CoreContext } from '../context'
import { createProducts } from '../inventory/create-many'
import { writes } from '../writes'
import { startOwnShop } from './start-own'

type FirstRunHandlers = { [K in keyof typeof firstRunCalls]: Handlers[K] }

export function firstRunHandlers(ctx: CoreContext): FirstRunHandlers {
  return {
    // New SKUs can make unmapped order lines map: the orders are loaded afresh.
    'products.createMany': writes(ctx, 'orders', (input) => createProducts(ctx, input)),
    // A whole new shop: everything the engine read is gone.
    'shop.startOwn': writes(ctx, 'orders', (input) => startOwnShop(ctx, input))
  }
}

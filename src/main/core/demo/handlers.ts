// The demo shop: a whole shop written at once, so everything is recomputed.
import type { Handlers } from '../../../shared/contract'
import type { CoreContext } from '../context'
import { writes } from '../writes'
import { loadDemoShop } from './load'

export function demoHandlers(ctx: CoreContext) {
  return {
    'demo.load': writes(ctx, 'orders', (input) => loadDemoShop(ctx, { seed: input.seed }))
  } satisfies Partial<Handlers>
}

// Orders, read only: they change through imports and the cancellation queue.
import type { Handlers } from '../../../shared/contract'
import type { CoreContext } from '../context'
import { getOrder, listOrders } from './orders'

export function orderHandlers(ctx: CoreContext) {
  return {
    'orders.list': (input) => listOrders(ctx, input),
    'orders.get': (input) => getOrder(ctx, input.id)
  } satisfies Partial<Handlers>
}

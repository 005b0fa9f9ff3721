// The shop's exports (the queue, reorder and review exports live with their domains).
import type { Handlers } from '../../../shared/contract'
import type { CoreContext } from '../context'
import { exportOrderLines } from './order-lines'
import { exportProducts, exportSkippedRows } from './shop-exports'

export function exportHandlers(ctx: CoreContext) {
  return {
    'export.orders': (input) => exportOrderLines(ctx, input),
    'export.products': (input) => exportProducts(ctx, input),
    'export.skippedRows': (input) => exportSkippedRows(ctx, input)
  } satisfies Partial<Handlers>
}

// Where each engine finding leads: the orders or the SKU it concerns. A what-if
// moment (`at`) travels along to the screens that can show it (the order list).
import type { AlertItem, AlertKind } from '@shared/engine-types'
import { href } from './router'

type Params = Record<string, string | number | null | undefined>

/** The open orders the engine looks at, optionally narrowed. */
export function triageHref(params: Params, at: string | null = null): string {
  return href('orders', { status: 'awaiting_shipment', ...params, at })
}

export function alertHref(item: AlertItem, at: string | null): string {
  switch (item.kind) {
    case 'out_of_stock':
      return triageHref({ state: 'short', sku: item.productId, code: item.sku }, at)
    case 'short_order':
      return triageHref({ state: 'short', order: item.orderIds[0] }, at)
    case 'incoming_overdue':
      return href('incoming', { sku: item.productId, code: item.sku, open: item.incomingId })
    case 'run_out':
      return href('inventory', { view: 'position', filter: 'run_out', sku: item.productId })
    case 'below_safety':
      return href('inventory', { view: 'position', filter: 'below_safety', sku: item.productId })
    case 'unmapped':
      return item.orderIds.length === 1
        ? triageHref({ state: 'unmapped', order: item.orderIds[0] }, at)
        : triageHref({ state: 'unmapped' }, at)
  }
}

/** "All N" under an alert group. */
export function alertGroupHref(kind: AlertKind, at: string | null): string {
  switch (kind) {
    case 'out_of_stock':
      return href('inventory', { view: 'position', filter: 'short' })
    case 'short_order':
      return triageHref({ state: 'short' }, at)
    case 'incoming_overdue':
      return href('incoming')
    case 'run_out':
      return href('inventory', { view: 'position', filter: 'run_out' })
    case 'below_safety':
      return href('inventory', { view: 'position', filter: 'below_safety' })
    case 'unmapped':
      return triageHref({ state: 'unmapped' }, at)
  }
}

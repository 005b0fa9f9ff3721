import { ORDER_STATUSES, type OrderStatus, type ShopStatus } from '../../shared/types'
import type { CoreContext } from './context'
import { prepared } from './db/prepared'
import { demoState } from './demo/start-own'

export function shopStatus(ctx: CoreContext): ShopStatus {
  const db = ctx.db
  const byStatus = Object.fromEntries(ORDER_STATUSES.map((s) => [s, 0])) as Record<OrderStatus, number>
  for (const r of prepared(db, 'SELECT status, COUNT(*) AS n FROM orders GROUP BY status').all() as { status: OrderStatus; n: number }[]) {
    byStatus[r.status] = r.n
  }
  const one = (sql: string): number => (prepared(db, sql).get() as { n: number }).n
  const skus = one('SELECT COUNT(*) AS n FROM products')
  const suppliers = one('SELECT COUNT(*) AS n FROM suppliers')
  const orders = Object.values(byStatus).reduce((a, b) => a + b, 0)
  return {
    skus,
    suppliers,
    orders,
    ordersByStatus: byStatus,
    openOrders: byStatus.awaiting_shipment,
    outOfStockSkus: one('SELECT COUNT(*) AS n FROM products WHERE on_hand = 0'),
    outOfStockWithDemand: one(
      `SELECT COUNT(DISTINCT p.id) AS n FROM products p
       JOIN order_lines l ON l.product_id = p.id JOIN orders o ON o.id = l.order_id
       WHERE p.on_hand = 0 AND o.status = 'awaiting_shipment'`
    ),
    belowSafetyStock: one('SELECT COUNT(*) AS n FROM products WHERE on_hand < safety_stock'),
    isEmpty: skus === 0 && orders === 0 && suppliers === 0,
    demo: demoState(ctx)
  }
}

// The engine's totals for one shop's orders (issue #16), read from the stored
// results: allocation ran across every shop (stock is shared); this only counts
// what fell to the chosen shop's orders. Moments, service level and the demand
// window stay the whole run's.
// Driven from the engine tables (open orders only), each order looked up by its key:
// a shop may hold years of shipped orders.
import type { EngineSummary } from '../../../shared/engine-types'
import type { CoreContext } from '../context'
import { prepared } from '../db/prepared'

const ORDERS = `
  SELECT COUNT(*) AS openOrders, IFNULL(SUM(eo.state = 'ready'), 0) AS readyOrders, IFNULL(SUM(eo.state = 'short'), 0) AS shortOrders,
    IFNULL(SUM(eo.state = 'unmapped'), 0) AS unmappedOrders, IFNULL(SUM(CASE WHEN eo.state = 'short' THEN eo.late_fen ELSE 0 END), 0) AS lateFenShort
  FROM engine_orders eo CROSS JOIN orders o ON o.id = eo.order_id WHERE o.shop_id = ?`

const ACTIONS = `
  SELECT IFNULL(SUM(a.recommendation = 'wait'), 0) AS wait, IFNULL(SUM(a.recommendation = 'substitute'), 0) AS substitute,
    IFNULL(SUM(a.recommendation = 'cancel'), 0) AS cancel, IFNULL(SUM(a.stockout_fen), 0) AS stockoutFenShort
  FROM engine_actions a CROSS JOIN orders o ON o.id = a.order_id WHERE o.shop_id = ?`

export function shopSummary(ctx: CoreContext, whole: EngineSummary, shopId: number): EngineSummary {
  const orders = prepared(ctx.db, ORDERS).get(shopId) as Pick<
    EngineSummary,
    'openOrders' | 'readyOrders' | 'shortOrders' | 'unmappedOrders' | 'lateFenShort'
  >
  const actions = prepared(ctx.db, ACTIONS).get(shopId) as Pick<EngineSummary, 'wait' | 'substitute' | 'cancel' | 'stockoutFenShort'>
  return { ...whole, ...orders, ...actions }
}

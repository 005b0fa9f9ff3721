// The Alerts screen's data from the stored results, in one call: totals, then
// each kind of alert with its count and the most urgent few. Every alert carries
// what it concerns (SKU, orders, delivery) so the screen can link to it. Queries
// use the engine tables' indexes and LIMITs, so the call stays fast on a shop with
// 200,000 open order lines.
import { shopSummary } from './shop-summary'
import type { AlertGroup, AlertItem, AlertKind, AlertsData } from '../../../shared/engine-types'
import type { Platform } from '../../../shared/types'
import type { CoreContext } from '../context'
import { prepared } from '../db/prepared'
import { hoursLeft } from './deadlines'
import { readSummary } from './recompute'

const MAX_ORDER_IDS = 200
const URGENT_HOURS = 12
const r1 = (x: number): number => Math.round(x * 10) / 10

function item(
  kind: AlertKind,
  severity: AlertItem['severity'],
  params: AlertItem['message']['params'],
  link: Partial<AlertItem>,
  key: string = kind
): AlertItem {
  return {
    kind,
    severity,
    message: { key: `engine.alerts.${key}`, params },
    productId: null,
    sku: null,
    orderIds: [],
    orderNo: null,
    platform: null,
    incomingId: null,
    hoursLeft: null,
    ...link
  }
}

/** An order of the chosen shop (null: every shop); the order's shop is looked up by its primary key. */
const ofShop = (orderId: string): string => `(:shop IS NULL OR (SELECT so.shop_id FROM orders so WHERE so.id = ${orderId}) = :shop)`

const count = (ctx: CoreContext, sql: string, ...params: unknown[]): number => (prepared(ctx.db, sql).get(...params) as { n: number }).n

// With a shop chosen, a SKU counts when one of that shop's orders waits for it; its figures
// (on hand, units lacking) stay the shared stock's, since every shop draws on it.
// The SKUs are found once from the short orders (a few thousand), not per SKU through every line
// it ever sold: per SKU it took ~0.4 s for each of the two queries at 200,000 orders.
const SHOP_WAITS = `k.product_id IN (SELECT l.product_id FROM engine_orders eo JOIN orders so ON so.id = eo.order_id
  JOIN order_lines l ON l.order_id = eo.order_id WHERE eo.state = 'short' AND so.shop_id = :shop)`

function outOfStock(ctx: CoreContext, limit: number, shop: number | null): AlertGroup {
  const where = `WHERE k.lacking_orders > 0 AND (:shop IS NULL OR ${SHOP_WAITS})`
  const rows = prepared(
    ctx.db,
    `SELECT k.product_id AS productId, p.merchant_code AS sku, p.name, k.on_hand AS onHand, k.available,
       k.lacking_orders AS orders, k.lacking_units AS units, k.incoming_units AS incoming
     FROM engine_skus k JOIN products p ON p.id = k.product_id
     ${where} ORDER BY k.lacking_orders DESC, p.merchant_code LIMIT :limit`
  ).all({ shop, limit }) as { productId: number; sku: string; name: string; onHand: number; available: number; orders: number; units: number; incoming: number }[]
  const waiting = prepared(
    ctx.db,
    `SELECT eo.order_id AS id FROM order_lines l JOIN engine_orders eo ON eo.order_id = l.order_id
     WHERE l.product_id = :productId AND eo.state = 'short' AND ${ofShop('eo.order_id')} ORDER BY eo.rank LIMIT ${MAX_ORDER_IDS}`
  )
  return {
    kind: 'out_of_stock',
    count: (prepared(ctx.db, `SELECT COUNT(*) AS n FROM engine_skus k ${where}`).get({ shop }) as { n: number }).n,
    items: rows.map((r) =>
      item('out_of_stock', 'critical', { sku: r.sku, name: r.name, orders: r.orders, units: r.units, onHand: r.onHand, available: r.available, incoming: r.incoming }, {
        productId: r.productId,
        sku: r.sku,
        orderIds: (waiting.all({ productId: r.productId, shop }) as { id: number }[]).map((w) => w.id)
      })
    )
  }
}

function shortOrders(ctx: CoreContext, limit: number, nowMs: number, total: number, shop: number | null): AlertGroup {
  const rows = prepared(
    ctx.db,
    // The page is taken from engine_actions' rank index first; joined, the planner would sort every short order.
    `SELECT a.order_id AS orderId, o.platform, o.order_no AS orderNo, a.deadline, eo.late_fen AS lateFen,
       a.product_id AS productId, p.merchant_code AS sku
     FROM (SELECT order_id, deadline, product_id, rank FROM engine_actions WHERE ${ofShop('order_id')} ORDER BY rank LIMIT :limit) a
     JOIN engine_orders eo ON eo.order_id = a.order_id JOIN orders o ON o.id = a.order_id
     LEFT JOIN products p ON p.id = a.product_id
     ORDER BY a.rank`
  ).all({ shop, limit }) as { orderId: number; platform: Platform; orderNo: string; deadline: string | null; lateFen: number; productId: number | null; sku: string | null }[]
  return {
    kind: 'short_order',
    count: total,
    items: rows.map((r) => {
      const left = hoursLeft(r.deadline, nowMs)
      return item(
        'short_order',
        left !== null && left < URGENT_HOURS ? 'critical' : 'warning',
        { platform: r.platform, orderNo: r.orderNo, sku: r.sku, deadlineAt: r.deadline, lateFen: r.lateFen },
        { productId: r.productId, sku: r.sku, orderIds: [r.orderId], orderNo: r.orderNo, platform: r.platform, hoursLeft: left }
      )
    })
  }
}

function incomingOverdue(ctx: CoreContext, limit: number, now: string): AlertGroup {
  const rows = prepared(
    ctx.db,
    `SELECT i.id, i.product_id AS productId, p.merchant_code AS sku, i.quantity, i.expected_at AS expectedAt, s.name AS supplier,
       COALESCE(k.waiting_orders, 0) AS waiting
     FROM incoming_stock i JOIN products p ON p.id = i.product_id LEFT JOIN suppliers s ON s.id = i.supplier_id
     LEFT JOIN engine_skus k ON k.product_id = i.product_id
     WHERE i.status = 'open' AND i.expected_at < ? ORDER BY waiting > 0 DESC, i.expected_at, i.id LIMIT ?`
  ).all(now, limit) as { id: number; productId: number; sku: string; quantity: number; expectedAt: string; supplier: string | null; waiting: number }[]
  return {
    kind: 'incoming_overdue',
    count: count(ctx, `SELECT COUNT(*) AS n FROM incoming_stock WHERE status = 'open' AND expected_at < ?`, now),
    items: rows.map((r) =>
      item(
        'incoming_overdue',
        r.waiting > 0 ? 'critical' : 'warning',
        { sku: r.sku, quantity: r.quantity, supplier: r.supplier, dueAt: r.expectedAt, waiting: r.waiting },
        { productId: r.productId, sku: r.sku, incomingId: r.id }
      )
    )
  }
}

function runOut(ctx: CoreContext, limit: number): AlertGroup {
  const rows = prepared(
    ctx.db,
    `SELECT k.product_id AS productId, p.merchant_code AS sku, k.available, k.avg_daily AS avgDaily, k.days_of_cover AS cover,
       k.lead_time_days AS leadTimeDays, k.run_out_at AS runOutAt, k.incoming_next_at AS nextAt
     FROM engine_skus k JOIN products p ON p.id = k.product_id
     WHERE k.run_out_at IS NOT NULL ORDER BY k.run_out_at, p.merchant_code LIMIT ?`
  ).all(limit) as { productId: number; sku: string; available: number; avgDaily: number; cover: number; leadTimeDays: number; runOutAt: string; nextAt: string | null }[]
  return {
    kind: 'run_out',
    count: count(ctx, 'SELECT COUNT(*) AS n FROM engine_skus WHERE run_out_at IS NOT NULL'),
    items: rows.map((r) =>
      item(
        'run_out',
        'warning',
        { sku: r.sku, available: r.available, avgDaily: r1(r.avgDaily), coverDays: r1(r.cover), leadTimeDays: r.leadTimeDays, runOutAt: r.runOutAt },
        { productId: r.productId, sku: r.sku },
        // Nothing left for new orders: it has run out already, the next order will be short.
        r.available === 0 ? 'run_out_now' : 'run_out'
      )
    )
  }
}

function belowSafety(ctx: CoreContext, limit: number): AlertGroup {
  const where = 'WHERE k.available < p.safety_stock AND k.lacking_orders = 0'
  const rows = prepared(
    ctx.db,
    `SELECT k.product_id AS productId, p.merchant_code AS sku, k.available, p.safety_stock AS safetyStock
     FROM engine_skus k JOIN products p ON p.id = k.product_id ${where}
     ORDER BY p.safety_stock - k.available DESC, p.merchant_code LIMIT ?`
  ).all(limit) as { productId: number; sku: string; available: number; safetyStock: number }[]
  return {
    kind: 'below_safety',
    count: count(ctx, `SELECT COUNT(*) AS n FROM engine_skus k JOIN products p ON p.id = k.product_id ${where}`),
    items: rows.map((r) => item('below_safety', 'info', { sku: r.sku, available: r.available, safetyStock: r.safetyStock }, { productId: r.productId, sku: r.sku }))
  }
}

function unmapped(ctx: CoreContext, limit: number, shop: number | null): AlertGroup {
  // Driven from the lines without a SKU (index on product_id), not from every open order.
  const from = `FROM order_lines l JOIN engine_orders eo ON eo.order_id = l.order_id
    WHERE l.product_id IS NULL AND eo.state = 'unmapped' AND ${ofShop('l.order_id')}`
  const rows = prepared(
    ctx.db,
    `SELECT l.merchant_code AS code, COUNT(DISTINCT l.order_id) AS orders, json_group_array(DISTINCT l.order_id) AS ids
     ${from} GROUP BY l.merchant_code ORDER BY orders DESC, code LIMIT :limit`
  ).all({ shop, limit }) as { code: string; orders: number; ids: string }[]
  return {
    kind: 'unmapped',
    count: (prepared(ctx.db, `SELECT COUNT(DISTINCT l.merchant_code) AS n ${from}`).get({ shop }) as { n: number }).n,
    items: rows.map((r) =>
      item('unmapped', 'warning', { code: r.code, orders: r.orders }, { sku: r.code, orderIds: (JSON.parse(r.ids) as number[]).slice(0, MAX_ORDER_IDS) })
    )
  }
}

/**
 * The Alerts screen's data. With a shop, the order alerts (short orders, overdue ones,
 * unmapped codes, the orders waiting behind an out-of-stock SKU) are that shop's; the
 * stock alerts (deliveries overdue, running out, below safety) are the shared stock's.
 */
export function readAlerts(ctx: CoreContext, limit: number, shop: number | null = null): AlertsData {
  const now = ctx.now().toISOString()
  const nowMs = ctx.now().getTime()
  const whole = readSummary(ctx)
  // With a shop, the totals are its orders' (short, ready, money at stake); allocation itself stays shop-blind.
  const summary = shop === null ? whole : shopSummary(ctx, whole, shop)
  const overdue = prepared(
    ctx.db,
    `SELECT COUNT(*) AS n, COALESCE(SUM(eo.late_fen), 0) AS fen FROM engine_actions a JOIN engine_orders eo ON eo.order_id = a.order_id
     WHERE a.deadline < :now AND ${ofShop('a.order_id')}`
  ).get({ now, shop }) as { n: number; fen: number }
  return {
    now,
    summary,
    overdueShort: overdue.n,
    lateFenOverdue: overdue.fen,
    groups: [
      outOfStock(ctx, limit, shop),
      shortOrders(ctx, limit, nowMs, summary.shortOrders, shop),
      incomingOverdue(ctx, limit, now),
      runOut(ctx, limit),
      belowSafety(ctx, limit),
      unmapped(ctx, limit, shop)
    ]
  }
}

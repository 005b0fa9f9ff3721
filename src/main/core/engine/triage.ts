// Reads stored triage: the open orders with state, deadline, penalty and what to
// do, for the order list, the cancellation queue and an order's detail. Hours
// left are worked out at read time from the moment asked about.
import type { ParsedInput } from '../../../shared/contract'
import type { EngineMessage, OrderTriage, TriageLine, TriagePage, TriageRow } from '../../../shared/engine-types'
import type { TRIAGE_SORTS } from '../../../shared/calls/engine'
import { AppError } from '../../../shared/errors'
import type { CoreContext } from '../context'
import { orderMatches, searchPattern } from '../search/rule'
import { prepared } from '../db/prepared'
import { hoursLeft } from './deadlines'

const COLUMNS = `
  eo.order_id AS orderId, o.platform, o.shop_id AS shopId, (SELECT s.name FROM shops s WHERE s.id = o.shop_id) AS shopName, o.order_no AS orderNo, o.paid_at AS paidAt, o.paid_fen AS paidFen, o.buyer_name AS buyerName,
  eo.state, eo.rank, eo.deadline,
  CASE WHEN eo.deadline IS NULL THEN 'none' WHEN o.promised_ship_at IS NOT NULL THEN 'promised' ELSE 'derived' END AS deadlineSource,
  o.refund_fen AS refundFen, (o.after_sale = 'refunded') AS refundFlag, o.presale,
  eo.late_fen AS lateFen, a.stockout_fen AS stockoutFen,
  a.recommendation, a.reason_key AS reasonKey, a.reason_params AS reasonParams, sp.merchant_code AS shortSku,
  a.substitute_id AS substituteProductId, sub.merchant_code AS substituteSku, a.ready_at AS readyAt, a.lacking`

// CROSS JOIN fixes the join order: the engine table drives and orders are looked up by
// id; left to itself the planner scans every order ever imported.
const FROM_ALL = `
  FROM engine_orders eo CROSS JOIN orders o ON o.id = eo.order_id
  LEFT JOIN engine_actions a ON a.order_id = eo.order_id
  LEFT JOIN products sp ON sp.id = a.product_id
  LEFT JOIN products sub ON sub.id = a.substitute_id`

// Short orders only (the queue's usual view): driven from the small engine_actions table in rank order.
const FROM_SHORT = `
  FROM engine_actions a CROSS JOIN engine_orders eo ON eo.order_id = a.order_id CROSS JOIN orders o ON o.id = a.order_id
  LEFT JOIN products sp ON sp.id = a.product_id
  LEFT JOIN products sub ON sub.id = a.substitute_id`

const WHERE = `
  WHERE (:state IS NULL OR eo.state = :state)
    AND (:recommendation IS NULL OR a.recommendation = :recommendation)
    AND (:platform IS NULL OR o.platform = :platform)
    AND (:shopId IS NULL OR o.shop_id = :shopId)
    AND (:productId IS NULL OR eo.order_id IN (SELECT l.order_id FROM order_lines l WHERE l.product_id = :productId))
    AND (:ids IS NULL OR eo.order_id IN (SELECT value FROM json_each(:ids)))
    AND (:like IS NULL OR ${orderMatches('eo.order_id')})`

// Fixed SQL per sort key; nothing from the input reaches SQL text. Rank order is urgency
// order: deadline first, undated orders last, ties by paid time and order number.
const SORT_SQL: Record<(typeof TRIAGE_SORTS)[number], string> = {
  urgency: 'eo.rank',
  penalty: 'eo.late_fen DESC, eo.rank',
  paidAt: 'o.paid_at DESC, eo.rank'
}

type Raw = Omit<TriageRow, 'hoursLeft' | 'overdue' | 'reason' | 'itemsSummary' | 'unmappedCodes'> & {
  reasonKey: string | null
  reasonParams: string | null
  lacking: string | null
}

/** Lines of the given orders: the summary shown in lists and the codes that map to no SKU. */
function linesOf(ctx: CoreContext, orderIds: number[]): Map<number, { summary: string[]; unmapped: string[] }> {
  const out = new Map<number, { summary: string[]; unmapped: string[] }>()
  if (orderIds.length === 0) return out
  const rows = prepared(
    ctx.db,
    `SELECT order_id AS orderId, trim(title || ' ' || spec) AS label, quantity, merchant_code AS code, product_id AS productId
     FROM order_lines WHERE order_id IN (SELECT value FROM json_each(?)) ORDER BY order_id, line_no`
  ).all(JSON.stringify(orderIds)) as { orderId: number; label: string; quantity: number; code: string; productId: number | null }[]
  for (const r of rows) {
    let entry = out.get(r.orderId)
    if (!entry) out.set(r.orderId, (entry = { summary: [], unmapped: [] }))
    entry.summary.push(`${r.label || r.code} ×${r.quantity}`)
    if (r.productId === null && !entry.unmapped.includes(r.code)) entry.unmapped.push(r.code)
  }
  return out
}

function toRows(ctx: CoreContext, raws: Raw[], nowMs: number): TriageRow[] {
  const lines = linesOf(
    ctx,
    raws.map((r) => r.orderId)
  )
  return raws.map((r) => {
    const { reasonKey, reasonParams, lacking: _lacking, ...rest } = r
    // SQLite hands booleans back as 0/1.
    rest.refundFlag = (rest.refundFlag as unknown) === 1
    rest.presale = (rest.presale as unknown) === 1
    const left = hoursLeft(r.deadline, nowMs)
    const l = lines.get(r.orderId)
    return {
      ...rest,
      itemsSummary: l?.summary.join('；') ?? '',
      unmappedCodes: l?.unmapped ?? [],
      hoursLeft: left,
      overdue: left !== null && Date.parse(r.deadline!) < nowMs,
      reason: reasonKey ? { key: reasonKey, params: JSON.parse(reasonParams ?? '{}') as EngineMessage['params'] } : null
    }
  })
}

export function listTriage(ctx: CoreContext, q: Omit<ParsedInput<'engine.triage'>, 'now'>): TriagePage {
  const params = {
    state: q.state,
    recommendation: q.recommendation,
    platform: q.platform,
    shopId: q.shopId,
    productId: q.productId,
    ids: q.orderIds === null ? null : JSON.stringify(q.orderIds),
    like: searchPattern(q.search)
  }
  const from = q.state === 'short' || q.recommendation !== null ? FROM_SHORT : FROM_ALL
  const order = from === FROM_SHORT && q.sort === 'urgency' ? 'a.rank' : SORT_SQL[q.sort]
  const total = (prepared(ctx.db, `SELECT COUNT(*) AS n ${from} ${WHERE}`).get(params) as { n: number }).n
  const raws = prepared(ctx.db, `SELECT ${COLUMNS} ${from} ${WHERE} ORDER BY ${order} LIMIT :limit OFFSET :offset`).all({
    ...params,
    limit: q.limit,
    offset: q.offset
  }) as Raw[]
  const nowMs = ctx.now().getTime()
  return { now: ctx.now().toISOString(), computedAt: computedAt(ctx), total, rows: toRows(ctx, raws, nowMs) }
}

export function computedAt(ctx: CoreContext): string | null {
  return (prepared(ctx.db, 'SELECT computed_at AS at FROM engine_state WHERE id = 1').get() as { at: string } | undefined)?.at ?? null
}

export function orderTriage(ctx: CoreContext, orderId: number): OrderTriage {
  const raw = prepared(ctx.db, `SELECT ${COLUMNS} ${FROM_ALL} WHERE eo.order_id = ?`).get(orderId) as Raw | undefined
  if (!raw) throw new AppError('not_found', { entity: 'open order', id: orderId }, 'orderId', 'engine.errors.not_open')
  const row = toRows(ctx, [raw], ctx.now().getTime())[0]!
  const lacking = new Set(JSON.parse(raw.lacking ?? '[]') as number[])
  const now = ctx.now().toISOString()
  const lines = prepared(
    ctx.db,
    `SELECT l.line_no AS lineNo, l.merchant_code AS merchantCode, l.title, l.spec, l.quantity, l.product_id AS productId,
       p.merchant_code AS sku, k.on_hand AS onHand, k.available
     FROM order_lines l LEFT JOIN products p ON p.id = l.product_id LEFT JOIN engine_skus k ON k.product_id = l.product_id
     WHERE l.order_id = ? ORDER BY l.line_no`
  ).all(orderId) as Omit<TriageLine, 'allocated' | 'lacking' | 'incoming' | 'substitutes'>[]
  const incoming = prepared(
    ctx.db,
    `SELECT id, quantity, expected_at AS expectedAt, expected_at < ? AS overdue FROM incoming_stock
     WHERE product_id = ? AND status = 'open' ORDER BY expected_at, id`
  )
  const substitutes = prepared(
    ctx.db,
    `SELECT p.id AS productId, p.merchant_code AS sku, COALESCE(k.available, p.on_hand) AS available
     FROM product_substitutes ps JOIN products p ON p.id = ps.substitute_id LEFT JOIN engine_skus k ON k.product_id = p.id
     WHERE ps.product_id = ? ORDER BY ps.rank, p.merchant_code`
  )
  return {
    ...row,
    lines: lines.map((l) => ({
      ...l,
      allocated: row.state === 'ready' ? l.quantity : 0,
      lacking: l.productId !== null && lacking.has(l.productId),
      incoming:
        l.productId === null
          ? []
          : (incoming.all(now, l.productId) as { id: number; quantity: number; expectedAt: string; overdue: number }[]).map((i) => ({
              ...i,
              overdue: i.overdue === 1
            })),
      substitutes: l.productId === null ? [] : (substitutes.all(l.productId) as TriageLine['substitutes'])
    }))
  }
}

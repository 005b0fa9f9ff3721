import type { ParsedInput } from '../../../shared/contract'
import type { ORDER_SORTS } from '../../../shared/contract'
import { AppError } from '../../../shared/errors'
import type { OrderDetail, OrderLine, OrderRow, Page } from '../../../shared/types'
import type { CoreContext } from '../context'
import { orderMatches, searchPattern } from '../search/rule'
import { prepared } from '../db/prepared'

const ROW_COLUMNS = `
  o.id, o.platform, o.shop_id AS shopId, (SELECT s.name FROM shops s WHERE s.id = o.shop_id) AS shopName, o.order_no AS orderNo, o.status, o.after_sale AS afterSale, o.paid_fen AS paidFen,
  o.paid_at AS paidAt, o.promised_ship_at AS promisedShipAt, o.buyer_name AS buyerName,
  o.refund_fen AS refundFen, (o.status = 'awaiting_shipment' AND o.after_sale = 'refunded') AS refundFlag, o.presale, o.order_part AS part,
  (SELECT group_concat(trim(l.title || ' ' || l.spec) || ' ×' || l.quantity, '；') FROM order_lines l WHERE l.order_id = o.id) AS itemsSummary,
  (SELECT COALESCE(SUM(l.quantity), 0) FROM order_lines l WHERE l.order_id = o.id) AS totalQuantity,
  (SELECT COUNT(*) FROM order_lines l WHERE l.order_id = o.id) AS lineCount`

const WHERE = `
  WHERE (:status IS NULL OR o.status = :status)
    AND (:platform IS NULL OR o.platform = :platform)
    AND (:shopId IS NULL OR o.shop_id = :shopId)
    AND (:productId IS NULL OR EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id AND l.product_id = :productId))
    AND (:like IS NULL OR ${orderMatches('o.id')})`

// Fixed sort table; orders without a time sort last whichever the direction.
const SORT_SQL: Record<(typeof ORDER_SORTS)[number], (dir: string) => string> = {
  paidAt: (d) => `o.paid_at IS NULL, o.paid_at ${d}`,
  promisedShipAt: (d) => `o.promised_ship_at IS NULL, o.promised_ship_at ${d}`,
  orderNo: (d) => `o.order_no ${d}`,
  paidFen: (d) => `o.paid_fen ${d}`,
  status: (d) => `o.status ${d}`,
  platform: (d) => `o.platform ${d}`
}

export function listOrders(ctx: CoreContext, q: ParsedInput<'orders.list'>): Page<OrderRow> {
  const params = {
    status: q.status,
    platform: q.platform,
    shopId: q.shopId,
    productId: q.productId,
    like: searchPattern(q.search)
  }
  const total = (prepared(ctx.db, `SELECT COUNT(*) AS n FROM orders o ${WHERE}`).get(params) as { n: number }).n
  const dir = q.dir === 'desc' ? 'DESC' : 'ASC'
  const rows = prepared(
    ctx.db,
    `SELECT ${ROW_COLUMNS} FROM orders o ${WHERE} ORDER BY ${SORT_SQL[q.sort](dir)}, o.id ${dir} LIMIT :limit OFFSET :offset`
  ).all({ ...params, limit: q.limit, offset: q.offset }) as OrderRow[]
  return { total, rows: rows.map(booleans) }
}

export function getOrder(ctx: CoreContext, id: number): OrderDetail {
  const row = prepared(
    ctx.db,
    `SELECT ${ROW_COLUMNS}, o.shipped_at AS shippedAt, o.buyer_phone AS buyerPhone, o.address,
       o.buyer_note AS buyerNote, o.merchant_note AS merchantNote, o.created_at AS createdAt, o.updated_at AS updatedAt
     FROM orders o WHERE o.id = ?`
  ).get(id) as Omit<OrderDetail, 'lines'> | undefined
  if (!row) throw new AppError('not_found', { entity: 'order', id })
  const lines = prepared(
    ctx.db,
    `SELECT l.id, l.line_no AS lineNo, l.sub_order_no AS subOrderNo, l.merchant_code AS merchantCode,
       l.platform_product_id AS platformProductId, l.platform_sku_id AS platformSkuId, l.title, l.spec,
       l.quantity, l.amount_fen AS amountFen, l.product_id AS productId, p.name AS productName, p.on_hand AS onHand
     FROM order_lines l LEFT JOIN products p ON p.id = l.product_id
     WHERE l.order_id = ? ORDER BY l.line_no`
  ).all(id) as OrderLine[]
  return { ...booleans(row), lines }
}

/** SQLite hands booleans back as 0/1. */
function booleans<T extends Pick<OrderRow, 'refundFlag' | 'presale'>>(r: T): T {
  r.refundFlag = (r.refundFlag as unknown) === 1
  r.presale = (r.presale as unknown) === 1
  return r
}

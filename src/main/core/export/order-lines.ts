// The orders export: exactly the orders of the list on screen (the order list under
// its status, platform, SKU and search, or the 待发货 view under the engine's state,
// recommendation and what-if moment), in the list's order, one row per order line
// with what a merchant prints to work the list: codes, quantities, the buyer's
// message, the merchant's note, the line's stock, the ship-by time, the hours left
// and what the engine recommends. Headers and words in the export's language, times
// in the shop's zone, amounts in yuan; toCsv/toXlsx neutralise every text cell.
import type { ParsedInput } from '../../../shared/contract'
import type { OrderState, Recommendation } from '../../../shared/engine-types'
import { messageFor, type Lang } from '../../../shared/i18n/translate'
import type { ExportFile, OrderStatus, Platform } from '../../../shared/types'
import { formatShopTime } from '../../../shared/time'
import type { CoreContext } from '../context'
import { prepared } from '../db/prepared'
import { hoursLeft } from '../engine/deadlines'
import { asOf } from '../engine/recompute'
import { listTriage } from '../engine/triage'
import { listOrders } from '../orders/orders'
import { getSettings } from '../settings/settings'
import { fileOf, stamp } from './shop-exports'

const PAGE = 1000
const LIST_PAGE = 20_000

export const ORDER_LINE_KEYS = [
  'platform',
  'orderNo',
  'status',
  'paidAt',
  'merchantCode',
  'product',
  'spec',
  'quantity',
  'lineYuan',
  'paidYuan',
  'buyerMessage',
  'merchantNote',
  'stockState',
  'deadline',
  'hoursLeft',
  'recommendation'
] as const

type Input = ParsedInput<'export.orders'>

/** The ids of the orders the list shows, in its order, page by page as the screen reads them. */
function listedOrderIds(ctx: CoreContext, input: Input): number[] {
  const ids: number[] = []
  const common = { search: input.search, platform: input.platform, shopId: input.shopId, productId: input.productId }
  // Big pages: each page of a list is a count and an OFFSET walk, so fewer pages is much faster on a large shop.
  const PAGE = LIST_PAGE
  for (let offset = 0; ; offset += PAGE) {
    const got = input.triage
      ? listTriage(ctx, { ...common, ...input.triage, orderIds: null, offset, limit: PAGE }).rows.map((r) => r.orderId)
      : listOrders(ctx, { ...common, status: input.status, sort: input.sort, dir: input.dir, offset, limit: PAGE }).rows.map((r) => r.id)
    ids.push(...got)
    if (got.length < PAGE) return ids
  }
}

interface Head {
  id: number
  platform: Platform
  orderNo: string
  status: OrderStatus
  paidAt: string | null
  paidFen: number
  promisedShipAt: string | null
  buyerNote: string
  merchantNote: string
  state: OrderState | null
  deadline: string | null
  recommendation: Recommendation | null
  lacking: string | null
}

interface Line {
  orderId: number
  merchantCode: string
  title: string
  spec: string
  quantity: number
  amountFen: number
  productId: number | null
  productName: string | null
}

/** A line's stock: the engine's state of its order, narrowed to the line (a covered line of a short order waits). */
type LineState = 'ready' | 'short' | 'unmapped' | 'waits'

function lineState(head: Head, line: Line | null, lacking: Set<number>): LineState | null {
  if (head.state === null) return null
  if (line === null) return head.state
  if (line.productId === null) return 'unmapped'
  if (head.state === 'ready') return 'ready'
  if (head.state === 'short' && lacking.has(line.productId)) return 'short'
  return 'waits'
}

function rowsOf(ctx: CoreContext, input: Input): Record<string, unknown>[] {
  const lang: Lang = input.lang
  const { timeZone } = getSettings(ctx)
  const nowMs = ctx.now().getTime()
  const ids = listedOrderIds(ctx, input)
  const heads = prepared(
    ctx.db,
    `SELECT o.id, o.platform, o.order_no AS orderNo, o.status, o.paid_at AS paidAt, o.paid_fen AS paidFen,
       o.promised_ship_at AS promisedShipAt, o.buyer_note AS buyerNote, o.merchant_note AS merchantNote,
       eo.state, eo.deadline, a.recommendation, a.lacking
     FROM orders o LEFT JOIN engine_orders eo ON eo.order_id = o.id LEFT JOIN engine_actions a ON a.order_id = o.id
     WHERE o.id IN (SELECT value FROM json_each(?))`
  )
  const lines = prepared(
    ctx.db,
    `SELECT l.order_id AS orderId, l.merchant_code AS merchantCode, l.title, l.spec, l.quantity, l.amount_fen AS amountFen,
       l.product_id AS productId, p.name AS productName
     FROM order_lines l LEFT JOIN products p ON p.id = l.product_id
     WHERE l.order_id IN (SELECT value FROM json_each(?)) ORDER BY l.order_id, l.line_no`
  )
  const out: Record<string, unknown>[] = []
  for (let i = 0; i < ids.length; i += PAGE) {
    const chunk = JSON.stringify(ids.slice(i, i + PAGE))
    const byId = new Map((heads.all(chunk) as Head[]).map((h) => [h.id, h]))
    const linesOf = new Map<number, Line[]>()
    for (const l of lines.all(chunk) as Line[]) linesOf.set(l.orderId, [...(linesOf.get(l.orderId) ?? []), l])
    for (const id of ids.slice(i, i + PAGE)) {
      const h = byId.get(id)
      if (!h) continue
      const open = h.state !== null
      const deadline = open ? h.deadline : h.promisedShipAt
      const lacking = new Set(JSON.parse(h.lacking ?? '[]') as number[])
      const orderCells = {
        platform: messageFor(lang, `platforms.${h.platform}`),
        orderNo: h.orderNo,
        status: messageFor(lang, `orderStatus.${h.status}`),
        paidAt: formatShopTime(h.paidAt, timeZone),
        paidYuan: h.paidFen / 100,
        buyerMessage: h.buyerNote,
        merchantNote: h.merchantNote,
        deadline: formatShopTime(deadline, timeZone),
        hoursLeft: open ? hoursLeft(h.deadline, nowMs) : null,
        recommendation: h.recommendation ? messageFor(lang, `engine.recommendation.${h.recommendation}`) : ''
      }
      const list: (Line | null)[] = linesOf.get(id) ?? [null]
      for (const l of list) {
        const state = lineState(h, l, lacking)
        out.push({
          ...orderCells,
          merchantCode: l?.merchantCode ?? '',
          // The shop's own name for the SKU when the line is mapped; the platform's title otherwise.
          product: l ? l.productName || l.title : '',
          spec: l?.spec ?? '',
          quantity: l?.quantity ?? null,
          lineYuan: l ? l.amountFen / 100 : null,
          stockState: state ? messageFor(lang, `searchExport.lineState.${state}`) : ''
        })
      }
    }
  }
  return out
}

export async function exportOrderLines(ctx: CoreContext, input: Input): Promise<ExportFile> {
  // The engine's figures as of the what-if moment of the 待发货 view, else brought up to date.
  const rows = asOf(ctx, input.triage?.now ?? null, (c) => rowsOf(c, input))
  const { timeZone } = getSettings(ctx)
  const columns = ORDER_LINE_KEYS.map((key) => ({ key, header: messageFor(input.lang, `searchExport.columns.${key}`) }))
  return fileOf(`orders-${stamp(ctx, timeZone)}`, input.format, columns, rows)
}

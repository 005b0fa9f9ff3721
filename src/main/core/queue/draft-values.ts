// What a case can say about each placeholder of a buyer message. The product is
// named as the shop names it (products.name / products.spec of the SKU the line
// is mapped to): the platform's listing title is a sales headline, often with line
// breaks and quotes that would break the message ("纯棉T恤 "男款",白色⏎加大码").
// Only a line mapped to no product falls back to that title, tidied.
import { formatYuan } from '../../../shared/money'
import type { TemplateLang, TemplatePlaceholder } from '../../../shared/queue-types'
import { isoNow, type CoreContext } from '../context'
import { prepared } from '../db/prepared'
import { getSettings } from '../settings/settings'
import { lackingIds, type CaseRow } from './rows'

/**
 * Text from an export made fit for one line of a chat message: line breaks and tabs
 * become spaces, double quotes and corner brackets go (the template puts its own
 * around the product), single quotes go unless they are an apostrophe inside a word.
 */
export function tidyTitle(raw: string): string {
  return raw
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/["“”„＂「」『』]/g, '')
    .replace(/(?<![\p{L}\p{N}])['‘’]|['‘’](?![\p{L}\p{N}])/gu, '')
    .replace(/ {2,}/g, ' ')
    .trim()
}

const dayFormats = new Map<string, Intl.DateTimeFormat>()
/** A day as buyers write it: 11月28日 / Nov 28, in the shop's time zone. */
function shopDay(iso: string, lang: TemplateLang, timeZone: string): string {
  const key = `${lang}|${timeZone}`
  let f = dayFormats.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, month: lang === 'zh-CN' ? 'numeric' : 'short', day: 'numeric' })
    dayFormats.set(key, f)
  }
  const parts = Object.fromEntries(f.formatToParts(new Date(iso)).map((p) => [p.type, p.value]))
  return lang === 'zh-CN' ? `${parts.month}月${parts.day}日` : `${parts.month} ${parts.day}`
}

interface ProductText {
  name: string
  spec: string
}

interface LineRow {
  title: string
  spec: string
  quantity: number
  productId: number | null
}

const productText = (ctx: CoreContext, id: number): ProductText | undefined =>
  prepared(ctx.db, 'SELECT name, spec FROM products WHERE id = ?').get(id) as ProductText | undefined

/** What a case can say about each placeholder; a value it does not have is left out. */
export function caseValues(ctx: CoreContext, c: CaseRow, lang: TemplateLang): Partial<Record<TemplatePlaceholder, string>> {
  const db = ctx.db
  const { timeZone } = getSettings(ctx)
  const order = prepared(db, 'SELECT order_no AS orderNo, buyer_name AS buyerName, paid_fen AS paidFen FROM orders WHERE id = ?').get(
    c.order_id
  ) as { orderNo: string; buyerName: string; paidFen: number }
  const lines = prepared(
    db,
    'SELECT title, spec, quantity, product_id AS productId FROM order_lines WHERE order_id = ? ORDER BY line_no'
  ).all(c.order_id) as LineRow[]
  const lacking = new Set(lackingIds(c))
  // The line the message is about: the one the offer replaces (or already moved to the substitute), the one short, else the first.
  const line =
    lines.find((l) => l.productId !== null && l.productId === c.offer_product_id) ??
    lines.find((l) => l.productId !== null && l.productId === c.offer_substitute_id) ??
    lines.find((l) => l.productId !== null && lacking.has(l.productId)) ??
    lines[0]
  const engine = prepared(db, 'SELECT substitute_id AS substituteId, ready_at AS readyAt FROM engine_actions WHERE order_id = ?').get(
    c.order_id
  ) as { substituteId: number | null; readyAt: string | null } | undefined
  const substituteId = c.offer_substitute_id ?? engine?.substituteId ?? null
  const substitute = substituteId === null ? undefined : productText(ctx, substituteId)
  // The date agreed with the buyer, else when restock completes the order, else the next delivery of the short SKU.
  const nextDelivery =
    line?.productId == null
      ? undefined
      : (prepared(
          db,
          `SELECT MIN(expected_at) AS at FROM incoming_stock WHERE product_id = ? AND status = 'open' AND expected_at >= ?`
        ).get(line.productId, isoNow(ctx)) as { at: string | null } | undefined)
  const restock = c.answer_wait_until ?? c.offer_wait_until ?? engine?.readyAt ?? nextDelivery?.at ?? null
  const values: Partial<Record<TemplatePlaceholder, string>> = {
    orderNo: order.orderNo,
    refundAmount: formatYuan(c.refund_fen ?? c.offer_refund_fen ?? order.paidFen)
  }
  if (order.buyerName.trim()) values.buyerName = order.buyerName.trim()
  if (line) {
    // What the buyer bought: after a substitute was accepted the line holds the substitute, so the offer's product comes first.
    const boughtId = c.offer_product_id ?? line.productId
    const mapped = boughtId === null ? undefined : productText(ctx, boughtId)
    const own = mapped && tidyTitle(mapped.name) ? mapped : undefined
    const product = own ? tidyTitle(own.name) : tidyTitle(line.title)
    if (product) values.product = product
    // A SKU without a spec is normal: an empty spec is a value, not a gap.
    values.spec = tidyTitle(own ? own.spec : line.spec)
    values.quantity = String(line.quantity)
  }
  if (substitute) values.substitute = tidyTitle(`${substitute.name} ${substitute.spec}`)
  if (c.offer_coupon_fen !== null && c.offer_coupon_fen > 0) values.coupon = formatYuan(c.offer_coupon_fen)
  if (restock) values.restockDate = shopDay(restock, lang, timeZone)
  return values
}

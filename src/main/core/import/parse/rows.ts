// One data row → the values it carries, each read by its own parser, with a problem (row, column,
// value) for anything unreadable. Runs 200,000 times for a big export, so it avoids per-row closures
// and caches the few distinct status texts.
import type { AfterSaleStatus, OrderStatus } from '../../../../shared/types'
import { cleanCell, detach, isEmptyMarker, isMangledId, parseAmountFen, parseChinaTime, parseQuantity } from './cells'
import type { Cols } from './columns'
import { afterSaleOf, statusMeaning, type Field, type Profile, type StatusMeaning } from './platforms'
import { problem, type ImportProblemCode } from './problems'
import { LINE_ITEM_KEYS, ORDER_TEXT_KEYS, type NormalizedLine, type OrderTexts, type RowProblem } from './types'

export interface ParsedRow extends OrderTexts {
  row: number
  orderNo: string
  subOrderNo: string | null
  status: OrderStatus
  afterSale: AfterSaleStatus
  /** Order-level paid amount on this row, when the file has such a column. */
  paidFen: number | null
  lineFen: number | null
  refundFen: number | null
  presale: boolean
  /** 店铺名称 when the file has it, else ''. */
  shopName: string
  line: Omit<NormalizedLine, 'lineNo' | 'amountFen'>
  /** A gift shipped with the order (PDD 赠品 columns): a ¥0 line that takes stock. */
  gift: Omit<NormalizedLine, 'lineNo' | 'amountFen' | 'subOrderNo'> | null
}

const CACHE_LIMIT = 1_000
const INTERN_LIMIT = 100_000
const ZERO_TIME = /^0{4}-0{1,2}-0{1,2}/

/**
 * Two rows of the same order carry the same data when every value we read is equal; columns we
 * ignore (tracking numbers, discounts) do not make a repeat a conflict. Compared only when an order
 * number repeats, so ordinary rows pay nothing for it.
 */
export function sameData(a: ParsedRow, b: ParsedRow): boolean {
  for (const k of ROW_KEYS) if (a[k] !== b[k]) return false
  for (const k of LINE_KEYS) if (a.line[k] !== b.line[k]) return false
  return true
}
const ROW_KEYS = [
  'orderNo',
  'subOrderNo',
  'status',
  'afterSale',
  'paidFen',
  'lineFen',
  ...ORDER_TEXT_KEYS
] as const satisfies readonly (keyof ParsedRow)[]
const LINE_KEYS = LINE_ITEM_KEYS

export class RowParser {
  private cells: readonly string[] = []
  private row = 0
  private problems: RowProblem[] | null = null
  private readonly required: ReadonlySet<Field>
  private readonly statusCache = new Map<string, StatusMeaning | null>()
  private readonly afterSaleCache = new Map<string, AfterSaleStatus | null>()
  // Titles, specs, codes and masked addresses repeat across thousands of orders: keep one copy.
  private readonly interned = new Map<string, string>()

  constructor(
    private readonly profile: Profile,
    private readonly headers: readonly string[],
    private readonly cols: Cols,
    private readonly statusMap: ReadonlyMap<string, OrderStatus>
  ) {
    this.required = new Set(profile.required)
  }

  /** Returns null for the row's value when it has no order number to hang it on. */
  parse(
    cells: readonly string[],
    row: number,
    readProblems: RowProblem[] | null
  ): { parsed: ParsedRow | null; problems: RowProblem[] | null } {
    this.cells = cells
    this.row = row
    this.problems = readProblems
    const parsed = this.read()
    const problems = this.problems
    this.cells = []
    this.problems = null
    return { parsed, problems }
  }

  /** The row's order number as read (not yet copied out of the file's text), '' when it has none. */
  orderNoOf(cells: readonly string[]): string {
    this.cells = cells
    const s = this.raw('orderNo')
    this.cells = []
    return s
  }

  colName(f: Field): string | null {
    const i = this.cols[f]
    return i === undefined ? null : (this.headers[i] ?? null)
  }

  private read(): ParsedRow | null {
    const orderNo = this.text('orderNo')
    if (orderNo === '') this.report('orderNo', 'missing_value', true)
    else if (isMangledId(orderNo)) this.report('orderNo', 'id_mangled', true, { value: orderNo })
    const subOrderNo: string | null = this.text('subOrderNo') || null
    if (subOrderNo !== null && isMangledId(subOrderNo)) this.report('subOrderNo', 'id_mangled', true, { value: subOrderNo })
    else if (subOrderNo === null && this.required.has('subOrderNo')) this.report('subOrderNo', 'missing_value', true)

    let status: OrderStatus = 'awaiting_shipment'
    let impliedAfterSale: AfterSaleStatus | undefined
    if (this.cols.status !== undefined) {
      const s = this.raw('status')
      const meaning = s === '' ? null : this.statusOf(s)
      if (s === '') this.report('status', 'missing_value', true)
      else if (!meaning) this.report('status', 'unknown_status', true, { value: s })
      else {
        status = meaning.status
        impliedAfterSale = meaning.afterSale
      }
    }

    let afterSale: AfterSaleStatus = 'none'
    const as = this.raw('afterSale')
    if (!isEmptyMarker(as)) {
      const a = this.afterSaleOf(as)
      if (a) afterSale = a
      // Unknown after-sale wording says nothing about the order's fate (订单状态 does): a warning only.
      else this.report('afterSale', 'unknown_after_sale', false, { value: as })
    }
    if (impliedAfterSale) afterSale = impliedAfterSale
    // 售后状态 never cancels: 待发货 + 退款成功 is a partial refund (a price difference, a coupon) on an
    // order the buyer still expects. It stays open and is flagged for a check before shipping.
    if (status === 'awaiting_shipment' && afterSale === 'refunded') this.report('afterSale', 'refund_on_open_order', false, { orderNo })

    let quantity = 1
    if (this.cols.quantity !== undefined) {
      const q = this.raw('quantity')
      const n = q === '' ? null : parseQuantity(q)
      if (q === '') this.report('quantity', 'missing_value', true)
      else if (n === null) this.report('quantity', 'bad_quantity', true, { value: q })
      else quantity = n
    }

    const paidFen = this.amount('paidAmount')
    const lineTotal = this.amount('lineAmount')
    const unit = this.cols.unitPrice !== undefined && this.cols.lineAmount === undefined ? this.amount('unitPrice') : null
    const lineFen = lineTotal ?? (unit !== null ? unit * quantity : null)

    const platformProductId = this.text('productId')
    const platformSkuId = this.text('skuId')
    const merchantCode = this.merchantCode(platformProductId, platformSkuId)
    if (merchantCode === '') this.report('merchantCode', 'merchant_code_missing', false)
    else if (this.raw('merchantCode') === '') this.report('merchantCode', 'merchant_code_fallback', false, { code: merchantCode })

    const refundFen = this.amount('refundAmount')
    const presale = this.presale()
    const gift = this.gift()
    if (orderNo === '') return null
    return {
      row: this.row,
      orderNo,
      subOrderNo,
      status,
      afterSale,
      paidFen,
      lineFen,
      paidAt: this.time('paidAt'),
      promisedShipAt: this.time('promisedShipAt'),
      shippedAt: this.time('shippedAt'),
      buyerName: this.text('buyerName'),
      buyerPhone: this.text('buyerPhone'),
      address: this.address(),
      buyerNote: this.text('buyerNote'),
      merchantNote: this.text('merchantNote'),
      refundFen,
      presale,
      shopName: this.text('shopName'),
      gift,
      line: {
        subOrderNo,
        merchantCode,
        platformProductId,
        platformSkuId,
        title: this.text('title'),
        spec: this.text('spec'),
        quantity
      }
    }
  }

  /** The line's code: 商家编码, else the platform's product and SKU ids, else ''. */
  private merchantCode(platformProductId: string, platformSkuId: string): string {
    const code = this.text('merchantCode')
    if (code !== '' || !platformProductId || !platformSkuId) return code
    return this.intern(`${platformProductId}:${platformSkuId}`)
  }

  /**
   * The codes of the lines a row gives (its own and its gift's), as read() gives them, for a row that is
   * not read (an order passed over: parse/row-digest.ts). Its problems, if any, are not kept. A code may
   * still point into the file's text: `out` copies the ones it keeps.
   */
  lineCodes(cells: readonly string[], out: (code: string) => void): void {
    this.cells = cells
    const code = this.raw('merchantCode')
    out(code !== '' ? code : this.merchantCode(this.text('productId'), this.text('skuId')))
    const gift = this.gift()
    if (gift) out(gift.merchantCode)
    this.cells = []
    this.problems = null
  }

  /** Taobao marks a staged (pre-sale) order by any text in 分阶段订单信息; Douyin's 订单类型 says 预售. */
  private presale(): boolean {
    const v = this.raw('presale')
    if (isEmptyMarker(v)) return false
    return /预售|定金|尾款|阶段/.test(v) || this.colName('presale') === '分阶段订单信息'
  }

  /** The gift columns as a line; its code is the gift's id (mapped to a SKU like any unknown code), else its name. */
  private gift(): ParsedRow['gift'] {
    if (this.cols.giftId === undefined && this.cols.giftName === undefined) return null
    const id = this.text('giftId')
    const name = this.text('giftName')
    if (isEmptyMarker(id) && isEmptyMarker(name)) return null
    let quantity = 1
    const q = this.raw('giftQuantity')
    if (/^0+(?:\.0+)?$/.test(q)) return null
    if (!isEmptyMarker(q)) {
      const n = parseQuantity(q)
      if (n === null) this.report('giftQuantity', 'bad_quantity', true, { value: q })
      else quantity = n
    }
    const code = isEmptyMarker(id) ? name : id
    return {
      merchantCode: code,
      platformProductId: isEmptyMarker(id) ? '' : id,
      platformSkuId: '',
      title: name,
      spec: this.text('giftSpec'),
      quantity
    }
  }

  private raw(f: Field): string {
    const i = this.cols[f]
    return i === undefined ? '' : cleanCell(this.cells[i] ?? '')
  }

  /** A value kept in the result: interned when it is likely to repeat, else copied out of the file chunk. */
  private text(f: Field): string {
    const s = this.raw(f)
    if (s === '') return s
    return f === 'orderNo' || f === 'subOrderNo' || f === 'buyerNote' || f === 'merchantNote' ? detach(s) : this.intern(s)
  }

  private intern(s: string): string {
    const hit = this.interned.get(s)
    if (hit !== undefined) return hit
    const copy = detach(s)
    if (this.interned.size < INTERN_LIMIT) this.interned.set(copy, copy)
    return copy
  }

  private report(f: Field, code: ImportProblemCode, blocking: boolean, params?: Record<string, string | number>): void {
    ;(this.problems ??= []).push(problem(this.row, this.colName(f), code, blocking, params))
  }

  private statusOf(s: string): StatusMeaning | null {
    let hit = this.statusCache.get(s)
    if (hit === undefined) {
      hit = statusMeaning(this.profile, this.statusMap, s)
      if (this.statusCache.size < CACHE_LIMIT) this.statusCache.set(s, hit)
    }
    return hit
  }

  private afterSaleOf(s: string): AfterSaleStatus | null {
    let hit = this.afterSaleCache.get(s)
    if (hit === undefined) {
      hit = afterSaleOf(s)
      if (this.afterSaleCache.size < CACHE_LIMIT) this.afterSaleCache.set(s, hit)
    }
    return hit
  }

  private amount(f: Field): number | null {
    if (this.cols[f] === undefined) return null
    const s = this.raw(f)
    if (isEmptyMarker(s)) {
      if (this.required.has(f)) this.report(f, 'missing_value', true)
      return null
    }
    const fen = parseAmountFen(s)
    if (fen === null) this.report(f, 'bad_amount', true, { value: s })
    return fen
  }

  private time(f: Field): string | null {
    if (this.cols[f] === undefined) return null
    const s = this.raw(f)
    if (isEmptyMarker(s) || ZERO_TIME.test(s)) {
      if (this.required.has(f)) this.report(f, 'missing_value', true)
      return null
    }
    const t = parseChinaTime(s)
    if (t === null) this.report(f, 'bad_time', this.required.has(f), { value: s })
    return t
  }

  private address(): string {
    const detail = this.raw('address')
    let parts = ''
    for (const f of ['province', 'city', 'district', 'street'] as const) {
      const p = this.raw(f)
      if (p) parts = parts ? `${parts} ${p}` : p
    }
    // Taobao's 收货地址 is already complete; PDD and Douyin split it into 省/市/区/街道 + 详细地址.
    const province = this.raw('province')
    if (parts === '' || (province !== '' && detail.startsWith(province))) return this.intern(detail)
    return this.intern(detail ? `${parts} ${detail}` : parts)
  }
}

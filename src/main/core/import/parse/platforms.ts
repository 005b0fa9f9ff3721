// What each platform's order export looks like: column names (old and new), which columns must be
// there, status wording, and how to recognise the export from its header row. Sources: docs/domain.md.
import type { AfterSaleStatus, OrderStatus, Platform } from '../../../../shared/types'
import { headerKey, textKey } from './cells'
import type { ColumnMapping, SourcePlatform } from './types'
import { AFTER_SALE_WORDS, DOUYIN_STATUS_WORDS, PDD_STATUS_WORDS, TAOBAO_STATUS_WORDS, type StatusEntry } from './vocabulary'

/** Mappable fields plus the ones only built-in profiles fill (IDs for the merchant-code fallback, address parts, unit price). */
export type Field =
  | keyof ColumnMapping
  | 'productId'
  | 'skuId'
  | 'unitPrice'
  | 'province'
  | 'city'
  | 'district'
  | 'street'
  | 'refundAmount'
  | 'presale'
  | 'giftName'
  | 'giftId'
  | 'giftSpec'
  | 'giftQuantity'
  /** 店铺名称 (Taobao's order report): which of the merchant's shops the order belongs to (issue #16). */
  | 'shopName'
export type FormatId = 'pdd' | 'taobao_classic' | 'taobao_items' | 'taobao_new' | 'douyin' | 'generic'

export interface StatusMeaning {
  status: OrderStatus
  /** Some platforms fold the refund into the status text (PDD "未发货，退款成功"). */
  afterSale?: AfterSaleStatus
}

export interface Profile {
  id: FormatId
  platform: Platform
  /** Rows sharing an order number are sub-orders (lines) of one order. */
  multiRow: boolean
  /** Known header names per field, in preference order; the first is the name shown in 'missing_column'. */
  columns: Partial<Record<Field, readonly string[]>>
  required: readonly Field[]
  statuses: ReadonlyMap<string, StatusMeaning>
  /** Header names that must all be present, and ones that point to this export over the others. */
  detect: { keys: readonly string[]; distinctive: readonly string[] }
  /** A line refunded while the order still waits (Taobao 退款状态 per line) will not ship: drop it, keep the order. */
  lineRefundDrops?: boolean
}

function statusTable(entries: readonly StatusEntry[]): ReadonlyMap<string, StatusMeaning> {
  return new Map(entries.map(([text, status, afterSale]) => [textKey(text), afterSale ? { status, afterSale } : { status }]))
}

const PDD: Profile = {
  id: 'pdd',
  platform: 'pdd',
  multiRow: false,
  columns: {
    orderNo: ['订单号'],
    status: ['订单状态'],
    quantity: ['商品数量(件)', '商品数量', '数量'],
    merchantCode: ['商家编码-规格维度', '商家编码-SKU维度', '商家编码'],
    productId: ['商品id', '商品ID'],
    skuId: ['样式ID', '样式id', 'SKU ID', 'skuid'],
    title: ['商品', '商品名称', '商品标题'],
    spec: ['商品规格', '规格'],
    paidAmount: ['用户实付金额(元)', '实付金额(元)', '用户实付金额'],
    lineAmount: ['商品总价(元)', '商品总价'],
    paidAt: ['支付时间'],
    promisedShipAt: ['承诺发货时间'],
    shippedAt: ['发货时间'],
    afterSale: ['售后状态'],
    buyerName: ['收货人', '收货人姓名', '收件人'],
    buyerPhone: ['手机', '收货人手机号', '收货人电话', '手机号'],
    address: ['收货地址', '详细地址'],
    province: ['省'],
    city: ['市'],
    district: ['区'],
    street: ['街道/镇', '街道'],
    buyerNote: ['买家留言'],
    merchantNote: ['商家备注'],
    refundAmount: ['退款金额(元)', '退款金额'],
    giftName: ['赠品名称'],
    giftId: ['赠品id', '赠品ID'],
    giftSpec: ['赠品规格'],
    giftQuantity: ['赠品数量']
  },
  required: ['orderNo', 'status', 'quantity'],
  statuses: statusTable(PDD_STATUS_WORDS),
  detect: {
    keys: ['订单号'],
    distinctive: [
      '商家编码-规格维度',
      '商家编码-SKU维度',
      '承诺发货时间',
      '用户实付金额(元)',
      '商品数量(件)',
      '样式ID',
      '商家实收金额(元)',
      '商品总价(元)',
      '多多支付立减金额(元)',
      '平台优惠折扣(元)',
      '店铺优惠折扣(元)',
      '拼单成功时间',
      '是否审核中',
      '商家编码-商品维度'
    ]
  }
}

const TAOBAO_STATUSES = statusTable(TAOBAO_STATUS_WORDS)

const TAOBAO_CLASSIC: Profile = {
  id: 'taobao_classic',
  platform: 'taobao',
  multiRow: false,
  columns: {
    orderNo: ['订单编号'],
    status: ['订单状态'],
    quantity: ['宝贝总数量', '宝贝数量', '购买数量'],
    merchantCode: ['商家编码', '宝贝商家编码'],
    title: ['宝贝标题', '商品标题'],
    spec: ['宝贝属性', '销售属性'],
    paidAmount: ['买家实际支付金额', '实付金额'],
    lineAmount: ['买家应付货款', '总金额'],
    paidAt: ['订单付款时间', '付款时间'],
    promisedShipAt: ['承诺发货时间', '最晚发货时间'],
    shippedAt: ['发货时间'],
    afterSale: ['退款状态'],
    // The recipient; 买家会员名 is the buyer's nickname and never stands in for it.
    buyerName: ['收货人姓名'],
    buyerPhone: ['联系手机', '联系电话'],
    address: ['收货地址'],
    buyerNote: ['买家留言'],
    merchantNote: ['订单备注', '卖家备注', '商家备注'],
    refundAmount: ['退款金额'],
    presale: ['分阶段订单信息'],
    shopName: ['店铺名称']
  },
  required: ['orderNo', 'status', 'quantity'],
  statuses: TAOBAO_STATUSES,
  detect: {
    keys: ['订单编号'],
    distinctive: [
      '买家会员名',
      '买家实际支付金额',
      '买家应付货款',
      '买家应付邮费',
      '宝贝标题',
      '宝贝种类',
      '宝贝总数量',
      '订单付款时间',
      '收货人姓名',
      '联系手机',
      '订单关闭原因',
      '店铺Id'
    ]
  }
}

/**
 * Taobao's item report 宝贝报表 (ExportOrderDetailList), downloaded with the order report: one row
 * per line, joined to the order on 订单编号. It has no paid time, amount paid or buyer.
 */
const TAOBAO_ITEMS: Profile = {
  id: 'taobao_items',
  platform: 'taobao',
  multiRow: true,
  columns: {
    orderNo: ['订单编号'],
    status: ['订单状态'],
    quantity: ['购买数量', '宝贝数量', '数量'],
    merchantCode: ['商家编码', '外部系统编号', 'SKU商家编码'],
    title: ['标题', '宝贝标题', '商品标题'],
    spec: ['商品属性', '销售属性', '套餐信息'],
    unitPrice: ['价格', '单价'],
    afterSale: ['退款状态'],
    refundAmount: ['退款金额'],
    merchantNote: ['备注']
  },
  required: ['orderNo', 'quantity'],
  statuses: TAOBAO_STATUSES,
  lineRefundDrops: true,
  detect: {
    keys: ['订单编号'],
    distinctive: ['标题', '价格', '购买数量', '外部系统编号', '商品属性', '套餐信息']
  }
}

const TAOBAO_NEW: Profile = {
  id: 'taobao_new',
  platform: 'taobao',
  multiRow: true,
  columns: {
    orderNo: ['主订单编号'],
    subOrderNo: ['子订单编号'],
    status: ['订单状态', '子订单状态'],
    quantity: ['购买数量', '商品数量', '宝贝数量', '数量'],
    merchantCode: ['商家编码', 'SKU商家编码', '商品商家编码'],
    productId: ['商品ID', '宝贝ID'],
    skuId: ['SKU ID', 'SKUID', 'SKU编码'],
    title: ['商品标题', '宝贝标题'],
    spec: ['商品属性', '销售属性', '商品规格', 'SKU属性'],
    paidAmount: ['买家实付金额', '买家实际支付金额', '订单实付金额'],
    lineAmount: ['子订单实付金额', '商品实付金额', '商品金额', '子订单金额'],
    unitPrice: ['商品价格', '价格', '单价'],
    paidAt: ['订单付款时间', '付款时间', '支付时间'],
    promisedShipAt: ['承诺发货时间', '最晚发货时间'],
    shippedAt: ['发货时间'],
    afterSale: ['退款状态', '售后状态'],
    buyerName: ['收货人姓名', '收货人'],
    buyerPhone: ['联系手机', '收货人手机号', '联系电话'],
    address: ['收货地址', '详细地址'],
    buyerNote: ['买家留言'],
    merchantNote: ['订单备注', '卖家备注', '商家备注'],
    refundAmount: ['退款金额'],
    presale: ['分阶段订单信息'],
    shopName: ['店铺名称']
  },
  required: ['orderNo', 'subOrderNo', 'status', 'quantity'],
  statuses: TAOBAO_STATUSES,
  lineRefundDrops: true,
  detect: {
    keys: ['主订单编号', '子订单编号'],
    distinctive: [
      '商品标题',
      '退款状态',
      '买家会员名',
      '买家实付金额',
      '购买数量',
      '商品属性',
      '宝贝标题',
      '订单付款时间',
      '收货人姓名',
      '联系手机'
    ]
  }
}

const DOUYIN: Profile = {
  id: 'douyin',
  platform: 'douyin',
  multiRow: true,
  columns: {
    orderNo: ['主订单编号'],
    subOrderNo: ['子订单编号'],
    status: ['订单状态'],
    quantity: ['商品数量', '数量'],
    merchantCode: ['商家编码'],
    productId: ['商品ID'],
    skuId: ['SKU ID', 'SKUID', 'skuid'],
    title: ['选购商品', '商品名称'],
    spec: ['商品规格'],
    // Assumption to check against a real export: one row per sub-order, so 订单应付金额 is that
    // sub-order's payable amount and the order's paid amount is the sum over its rows.
    lineAmount: ['订单应付金额'],
    unitPrice: ['商品单价', '商品金额'],
    paidAt: ['支付完成时间'],
    promisedShipAt: ['承诺发货时间'],
    shippedAt: ['发货时间'],
    afterSale: ['售后状态'],
    buyerName: ['收件人'],
    buyerPhone: ['收件人手机号', '收件人电话'],
    address: ['详细地址', '收货地址'],
    province: ['省'],
    city: ['市'],
    district: ['区'],
    street: ['街道'],
    buyerNote: ['买家留言'],
    merchantNote: ['商家备注'],
    refundAmount: ['退款金额'],
    presale: ['订单类型']
  },
  required: ['orderNo', 'status', 'quantity'],
  statuses: statusTable(DOUYIN_STATUS_WORDS),
  detect: {
    keys: ['主订单编号', '子订单编号'],
    distinctive: [
      '选购商品',
      '订单应付金额',
      '收件人手机号',
      '订单提交时间',
      '支付完成时间',
      '商品单价',
      '预约发货时间',
      '预计送达时间',
      '取消原因',
      '支付方式',
      '收件人'
    ]
  }
}

export const PROFILES: readonly Profile[] = [PDD, TAOBAO_CLASSIC, TAOBAO_ITEMS, TAOBAO_NEW, DOUYIN]

const CANONICAL = statusTable([
  ['unpaid', 'unpaid'],
  ['awaiting_shipment', 'awaiting_shipment'],
  ['shipped', 'shipped'],
  ['received', 'received'],
  ['cancelled', 'cancelled']
])

/** A user's own file: any platform's wording is understood. No required column besides the order number. */
export const GENERIC: Profile = {
  id: 'generic',
  platform: 'other',
  multiRow: true,
  columns: {},
  required: ['orderNo'],
  statuses: new Map([...CANONICAL, ...DOUYIN.statuses, ...TAOBAO_STATUSES, ...PDD.statuses]),
  detect: { keys: [], distinctive: [] }
}

const ALL_STATUSES = GENERIC.statuses
const CLOSED = /^(?:交易|订单)?已?(?:关闭|取消)/

/** Status text → meaning: the user's own table, then the platform's, then any platform's wording. */
export function statusMeaning(profile: Profile, userMap: ReadonlyMap<string, OrderStatus>, text: string): StatusMeaning | null {
  const key = textKey(text)
  const user = userMap.get(key)
  if (user) return { status: user }
  const hit = profile.statuses.get(key) ?? ALL_STATUSES.get(key)
  if (hit) return hit
  if (CLOSED.test(key)) return { status: 'cancelled' } // 交易关闭(超时未付款), 已取消(用户取消) …
  return null
}

const AFTER_SALE = new Map<string, AfterSaleStatus>(AFTER_SALE_WORDS.map(([t, s]) => [textKey(t), s]))

/** After-sale text → status; wording not in the table is read by its key words, else null (unknown). */
export function afterSaleOf(text: string): AfterSaleStatus | null {
  const key = textKey(text)
  const hit = AFTER_SALE.get(key)
  if (hit) return hit
  if (/退款(?:成功|完成)|已退款/.test(key)) return 'refunded'
  if (/^(?:无|没有)|关闭|取消|撤销/.test(key)) return 'none'
  if (/中$|处理|申请|等待|待/.test(key)) return 'in_progress'
  return null
}

export function profileById(id: FormatId): Profile {
  return id === 'generic' ? GENERIC : PROFILES.find((p) => p.id === id)!
}

/** Which export these headers come from. Confidence is 0…1; close calls lower it. */
export function detectFormat(headers: readonly string[]): { format: FormatId; confidence: number } {
  const keys = new Set(headers.map(headerKey))
  const scored = PROFILES.filter((p) => p.detect.keys.every((k) => keys.has(headerKey(k))))
    .map((p) => ({ p, hits: p.detect.distinctive.filter((d) => keys.has(headerKey(d))).length }))
    .filter((s) => s.hits > 0)
    .sort((a, b) => b.hits - a.hits)
  const best = scored[0]
  if (!best) return { format: 'generic', confidence: keys.size > 1 ? 0.9 : 0.5 }
  const runnerUp = scored[1]?.hits ?? 0
  const confidence = Math.max(0.3, Math.min(1, 0.4 + 0.15 * best.hits) - 0.15 * runnerUp)
  return { format: best.p.id, confidence: Math.round(confidence * 100) / 100 }
}

export function detectPlatform(headers: string[]): { platform: SourcePlatform; confidence: number } {
  const { format, confidence } = detectFormat(headers)
  return { platform: format === 'generic' ? 'generic' : profileById(format).platform, confidence }
}

/** For an explicitly chosen platform: Taobao has two export shapes, told apart by 主订单编号. */
export function formatForPlatform(platform: SourcePlatform, headers: readonly string[]): FormatId {
  if (platform === 'generic' || platform === 'other') return 'generic'
  if (platform === 'taobao') {
    if (headers.some((h) => headerKey(h) === headerKey('主订单编号'))) return 'taobao_new'
    return detectFormat(headers).format === 'taobao_items' ? 'taobao_items' : 'taobao_classic'
  }
  return platform
}

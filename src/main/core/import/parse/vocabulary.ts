// The status words each platform's export uses, as data (source: docs/domain.md, corrected
// 2026-12: PDD's shipped state is 已发货，待签收, never 已发货，待收货). The order's fate comes from
// 订单状态 alone; 售后状态 / 退款状态 only say what happened in after-sale and never cancel an order.
// Texts are keyed by textKey(), so a full-width comma and a half-width one are the same word.
// Merchants add their own meanings for wording not listed here (Settings → statuses, or
// `--status TEXT=state` on the CLI); those are checked first.
import type { AfterSaleStatus, OrderStatus } from '../../../../shared/types'

/** [text as in the file, order status, after-sale folded into the status text] */
export type StatusEntry = readonly [string, OrderStatus, AfterSaleStatus?]

export const PDD_STATUS_WORDS: readonly StatusEntry[] = [
  ['待支付', 'unpaid'],
  ['待付款', 'unpaid'],
  ['未付款', 'unpaid'],
  ['待发货', 'awaiting_shipment'],
  ['已发货，待签收', 'shipped'],
  ['已发货', 'shipped'],
  ['已签收', 'received'],
  ['已收货', 'received'],
  ['已取消', 'cancelled'],
  ['交易关闭', 'cancelled'],
  // Refunded before shipping: the order is over (its fate is in 订单状态 itself).
  ['未发货，退款成功', 'cancelled', 'refunded'],
  ['未成交，退款成功', 'cancelled', 'refunded'],
  ['已发货，退款成功', 'shipped', 'refunded'],
  ['已签收，退款成功', 'received', 'refunded'],
  ['已收货，退款成功', 'received', 'refunded']
]

export const TAOBAO_STATUS_WORDS: readonly StatusEntry[] = [
  ['等待买家付款', 'unpaid'],
  ['买家已付款，等待卖家发货', 'awaiting_shipment'],
  ['等待卖家发货', 'awaiting_shipment'],
  ['卖家部分发货', 'awaiting_shipment'],
  ['卖家已发货，等待买家确认', 'shipped'],
  ['交易成功', 'received'],
  ['交易关闭', 'cancelled'],
  ['付款以前，卖家或买家主动关闭交易', 'cancelled']
]

export const DOUYIN_STATUS_WORDS: readonly StatusEntry[] = [
  ['待支付', 'unpaid'],
  ['待付款', 'unpaid'],
  ['备货中', 'awaiting_shipment'],
  ['待发货', 'awaiting_shipment'],
  ['部分发货', 'awaiting_shipment'],
  ['已发货', 'shipped'],
  ['待收货', 'shipped'],
  ['已完成', 'received'],
  ['已签收', 'received'],
  ['已关闭', 'cancelled'],
  ['已取消', 'cancelled']
]

/**
 * After-sale wording of all three platforms. 'refunded' on an order still to ship is a partial
 * refund (a price difference, a coupon) and keeps the order open, flagged for a check.
 * 补寄成功 / 换货成功 end an after-sale with goods, not money: nothing to flag.
 */
export const AFTER_SALE_WORDS: readonly (readonly [string, AfterSaleStatus])[] = [
  // PDD 售后状态
  ['无售后或售后取消', 'none'],
  ['无售后', 'none'],
  ['售后取消', 'none'],
  ['售后处理中', 'in_progress'],
  ['退款中', 'in_progress'],
  ['待商家处理', 'in_progress'],
  ['退款成功', 'refunded'],
  ['退款关闭', 'none'],
  // Taobao 退款状态
  ['没有申请退款', 'none'],
  ['买家已经申请退款，等待卖家同意', 'in_progress'],
  ['卖家已经同意退款，等待买家退货', 'in_progress'],
  ['买家已经退货，等待卖家确认收货', 'in_progress'],
  ['卖家拒绝退款', 'in_progress'],
  // Douyin 售后状态 (blank or '-' is no after-sale)
  ['售后待处理', 'in_progress'],
  ['售后中', 'in_progress'],
  ['待退货', 'in_progress'],
  ['待收退货', 'in_progress'],
  ['已全额退款', 'refunded'],
  ['部分退款', 'refunded'],
  ['已退款', 'refunded'],
  ['未发货仅退款', 'refunded'],
  ['售后关闭', 'none'],
  ['补寄成功', 'none'],
  ['换货成功', 'none']
]

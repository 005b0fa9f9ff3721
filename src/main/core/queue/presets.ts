// What the cancellation queue ships with: the stockout cause taxonomy
// (docs/domain.md, stable codes with zh/en labels), a starting list of
// cancellation reasons per platform (缺货 / out of stock first), and the buyer
// message templates in both languages. All of it is data the user can edit.
// These are what a new shop gets and what "reset" puts back; a change to a
// template's words reaches existing shops only through a migration that carries
// its own copy of the new words (006-buyer-messages.ts).
import type { TemplateKind, TemplateLang } from '../../../shared/queue-types'
import type { Platform } from '../../../shared/types'

/** A shipped entry of a list the user edits (a cause, a cancellation reason): a stable code, its zh and en labels. */
export interface LabelPreset {
  code: string
  zh: string
  en: string
}

/** The taxonomy of docs/domain.md, in the order it lists them ("other" last). */
export const CAUSE_PRESETS: readonly LabelPreset[] = [
  { code: 'supplier_shortage', zh: '供应商断货', en: 'Supplier out of stock or short of capacity' },
  { code: 'supplier_late', zh: '供应商延迟', en: 'Supplier shipped later than promised' },
  { code: 'demand_spike', zh: '活动/爆单', en: 'Promotion, group-buy or live-stream spike' },
  { code: 'forecast_error', zh: '预测不准', en: 'Ordinary demand underestimated' },
  { code: 'oversell_sync', zh: '多平台超卖/库存不同步', en: 'Oversold across platforms (stock synced too late)' },
  { code: 'count_error', zh: '账实不符', en: 'Stock on record did not match the shelf' },
  { code: 'listing_error', zh: '商品/编码设置错误', en: 'Wrong SKU mapping or listing quantity' },
  { code: 'damaged_quality', zh: '破损/质检不合格', en: 'Units damaged or failing quality checks' },
  { code: 'late_reorder', zh: '补货不及时', en: 'Reorder placed too late' },
  { code: 'other', zh: '其他', en: 'Other' }
]

/**
 * A starting list, the same for every platform: the back offices' own lists differ
 * and change, so the user edits each platform's list to match what its back office
 * offers. Out of stock comes first because it is what the queue is for.
 */
export const REASON_PRESETS: readonly LabelPreset[] = [
  { code: 'out_of_stock', zh: '缺货', en: 'Out of stock' },
  { code: 'buyer_request', zh: '买家要求取消', en: 'Buyer asked to cancel' },
  { code: 'agreed', zh: '与买家协商一致', en: 'Agreed with the buyer' },
  { code: 'address_problem', zh: '地址无法配送', en: 'Address cannot be delivered to' },
  { code: 'listing_error', zh: '商品信息有误', en: 'Wrong price or listing details' },
  { code: 'other', zh: '其他原因', en: 'Other' }
]

export const REASON_PLATFORMS: readonly Platform[] = ['pdd', 'taobao', 'douyin', 'other']

export interface TemplatePreset {
  kind: TemplateKind
  lang: TemplateLang
  name: string
  body: string
}

const ZH_ITEM = '您购买的「{{product}} {{spec}}」×{{quantity}}（订单号 {{orderNo}}）'
const EN_ITEM = '{{product}} {{spec}} ×{{quantity}} (order {{orderNo}})'

/**
 * Written by the rule of shared/template-text.ts: the buyer's name drops cleanly
 * when the export has none (Pinduoduo's never does); a phrase that needs a date or
 * an amount is a [[ ]] phrase. The notice, the first message, asks the buyer to
 * choose (substitute, coupon, wait) and promises no refund before they had a say.
 */
export const TEMPLATE_PRESETS: readonly TemplatePreset[] = [
  {
    kind: 'notify',
    lang: 'zh-CN',
    name: '缺货通知',
    body: `亲，{{buyerName}}您好！非常抱歉，${ZH_ITEM}暂时缺货，没法按时发出。想请您选一种处理方式：1. 换成同价位的其他款式或规格；2. 我们送您一张优惠券作为补偿；3. 等补货[[（预计 {{restockDate}} 到货）]]，到货后第一时间给您发出。您更希望哪一种？回复我们就好，谢谢！`
  },
  {
    kind: 'offer_substitute',
    lang: 'zh-CN',
    name: '提供替代品',
    body: `亲，{{buyerName}}您好！非常抱歉，${ZH_ITEM}暂时缺货。我们可以给您换成「{{substitute}}」，价格不变，马上就能发出。您看可以吗？不需要的话我们也可以为您全额退款 {{refundAmount}}。`
  },
  {
    kind: 'offer_coupon',
    lang: 'zh-CN',
    name: '补偿/优惠券',
    body: `亲，{{buyerName}}您好！非常抱歉，${ZH_ITEM}暂时缺货。为表歉意，我们为您准备了[[ {{coupon}} 的]]补偿。您可以等补货[[（预计 {{restockDate}} 到货）]]，也可以取消订单，我们全额退款 {{refundAmount}}。您看怎么处理比较好？`
  },
  {
    kind: 'offer_wait',
    lang: 'zh-CN',
    name: '等待补货',
    body: `亲，{{buyerName}}您好！非常抱歉，${ZH_ITEM}暂时缺货，[[新货预计 {{restockDate}} 到，]]到货后第一时间给您发出。请问您愿意等一等吗？不方便等的话，我们马上为您全额退款。`
  },
  {
    kind: 'offer_refund',
    lang: 'zh-CN',
    name: '取消并退款',
    body: `亲，{{buyerName}}您好！非常抱歉，${ZH_ITEM}缺货，短期内补不上。我们会为您取消订单并全额退款 {{refundAmount}}，钱款原路返回。给您添麻烦了，真的很抱歉！`
  },
  {
    kind: 'refund_done',
    lang: 'zh-CN',
    name: '退款完成',
    body: '亲，{{buyerName}}您好！订单 {{orderNo}} 已为您取消，退款 {{refundAmount}} 已原路退回，请留意查收。再次抱歉，欢迎您下次光临！'
  },
  {
    kind: 'notify',
    lang: 'en',
    name: 'Out-of-stock notice',
    body: `Hello {{buyerName}}, we are very sorry: ${EN_ITEM} is out of stock and cannot ship on time. Which would you prefer: (1) a similar item or another size or colour at the same price, (2) a coupon as compensation, or (3) waiting for the restock[[ (expected {{restockDate}})]], after which we ship yours first? Just reply and we will arrange it.`
  },
  {
    kind: 'offer_substitute',
    lang: 'en',
    name: 'Offer a substitute',
    body: `Hello {{buyerName}}, we are very sorry: ${EN_ITEM} is out of stock. We can send you {{substitute}} instead, at the same price, right away. Would that be all right? If not, we will refund you in full ({{refundAmount}}).`
  },
  {
    kind: 'offer_coupon',
    lang: 'en',
    name: 'Compensation or coupon',
    body: `Hello {{buyerName}}, we are very sorry: ${EN_ITEM} is out of stock. As an apology we have [[{{coupon}} of ]]compensation for you. You can wait for the restock[[ (expected {{restockDate}})]], or we cancel the order and refund you in full ({{refundAmount}}). Which would you prefer?`
  },
  {
    kind: 'offer_wait',
    lang: 'en',
    name: 'Wait for restock',
    body: `Hello {{buyerName}}, we are very sorry: ${EN_ITEM} is out of stock. We will ship yours first as soon as new stock arrives[[ (expected {{restockDate}})]]. Would you be willing to wait? If not, we will refund you in full right away.`
  },
  {
    kind: 'offer_refund',
    lang: 'en',
    name: 'Cancel and refund',
    body: `Hello {{buyerName}}, we are very sorry: ${EN_ITEM} is out of stock and cannot be restocked soon. We will cancel the order and refund you in full ({{refundAmount}}) to your original payment method. Our apologies for the trouble.`
  },
  {
    kind: 'refund_done',
    lang: 'en',
    name: 'Refund done',
    body: 'Hello {{buyerName}}, order {{orderNo}} has been cancelled and {{refundAmount}} refunded to your original payment method. Sorry again, and we hope to see you back soon.'
  }
]

/** The preset code of a template: its kind and language. */
export const templatePresetCode = (t: { kind: TemplateKind; lang: TemplateLang }): string => `${t.kind}.${t.lang}`

// The placeholders a buyer message template may use, with the name a merchant
// writes in each language. A template can be typed with either name ({{买家}} or
// {{buyerName}}); it is stored with the English one (the canonical form, which
// templates saved before names were localized already use), and shown with the
// name of the reader's language. The Chinese name is also the chip's label, so a
// merchant sees the very word they can type.
import type { TemplateLang, TemplatePlaceholder } from './queue-types'
import { TEMPLATE_PLACEHOLDERS } from './queue-types'

export interface PlaceholderInfo {
  /** The canonical name, as stored: {{buyerName}}. */
  name: TemplatePlaceholder
  /** What a merchant types in each language: {'zh-CN': '买家', en: 'buyerName'}. */
  token: Record<TemplateLang, string>
  /** The label of its chip in each language. */
  label: Record<TemplateLang, string>
  /** Other spellings accepted when typed (common words merchants use for the same thing). */
  aliases: readonly string[]
}

const info = (name: TemplatePlaceholder, zh: string, en: string, aliases: readonly string[]): PlaceholderInfo => ({
  name,
  token: { 'zh-CN': zh, en: name },
  label: { 'zh-CN': zh, en },
  aliases
})

/** In TEMPLATE_PLACEHOLDERS order. */
export const PLACEHOLDER_INFO: readonly PlaceholderInfo[] = [
  info('buyerName', '买家', 'buyer name', ['买家姓名', '买家昵称', '买家名']),
  info('product', '商品', 'product', ['商品名', '商品名称', '宝贝']),
  info('spec', '规格', 'spec', ['商品规格']),
  info('quantity', '数量', 'quantity', ['件数']),
  info('orderNo', '订单号', 'order number', ['订单编号']),
  info('substitute', '替代商品', 'substitute', ['替代品', '替换商品']),
  info('coupon', '补偿金额', 'compensation', ['优惠券', '补偿']),
  info('restockDate', '到货日期', 'restock date', ['补货日期', '预计到货']),
  info('refundAmount', '退款金额', 'refund amount', ['退款'])
]

// Every spelling, folded: English names match whatever their case ({{BuyerName}}).
const fold = (s: string): string => s.trim().toLowerCase()
const BY_SPELLING = new Map<string, TemplatePlaceholder>()
for (const p of PLACEHOLDER_INFO) for (const spelling of [p.name, p.token['zh-CN'], ...p.aliases]) BY_SPELLING.set(fold(spelling), p.name)

/** The placeholder a typed name means, or null when it is not one (a typo, or a name like "constructor"). */
export function placeholderNamed(typed: string): TemplatePlaceholder | null {
  return BY_SPELLING.get(fold(typed)) ?? null
}

const BY_NAME = new Map(PLACEHOLDER_INFO.map((p) => [p.name, p]))

export function placeholderInfo(name: TemplatePlaceholder): PlaceholderInfo {
  return BY_NAME.get(name)!
}

/** The labels of one language, keyed by canonical name (for the translations and the CLI). */
export function placeholderLabels(lang: TemplateLang): Record<TemplatePlaceholder, string> {
  return Object.fromEntries(TEMPLATE_PLACEHOLDERS.map((n) => [n, placeholderInfo(n).label[lang]])) as Record<TemplatePlaceholder, string>
}

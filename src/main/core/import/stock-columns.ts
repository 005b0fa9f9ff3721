// Header names a stock list may use, in Chinese or English, for each field.
export const STOCK_FIELDS = [
  'merchantCode',
  'name',
  'spec',
  'onHand',
  'safetyStock',
  'supplier',
  'leadTimeDays',
  'unitCost',
  'price',
  'bundleParts'
] as const
export type StockField = (typeof STOCK_FIELDS)[number]

const ALIASES: Record<StockField, string[]> = {
  merchantCode: ['商家编码', 'sku', 'sku编码', '商品编码', '规格编码', 'merchantcode', 'merchant code', 'code', 'skucode'],
  name: ['商品名称', '名称', '商品', 'name', 'productname', 'product name', 'title'],
  spec: ['规格', '商品规格', 'spec', 'specification', 'variant'],
  onHand: ['库存', '数量', '现有库存', '实际库存', '库存数量', 'onhand', 'on hand', 'stock', 'qty', 'quantity'],
  safetyStock: ['安全库存', 'safetystock', 'safety stock'],
  supplier: ['供应商', '供货商', 'supplier', 'vendor'],
  leadTimeDays: [
    '采购周期(天)',
    '采购周期',
    '到货天数',
    '到货周期(天)',
    'leadtime',
    'lead time',
    'lead time (days)',
    'leadtimedays',
    'lead time days'
  ],
  unitCost: ['成本价(元)', '成本价', '成本', '进价', 'unitcost', 'unit cost', 'cost'],
  price: ['售价(元)', '售价', '价格', '销售价', 'price'],
  // A filled cell makes the row a bundle (组合装) of these parts: "A001x1, B011x2".
  bundleParts: ['组合明细', '组合装明细', '组合商品明细', '子商品明细', '组合内容', 'bundleparts', 'bundle parts', 'components']
}

/** Lower-case, half-width parentheses, no spaces: "采购周期（天）" and "采购周期(天)" match. */
export function normalizeHeader(h: string): string {
  return h
    .replace(/\uFEFF/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/\s+/g, '')
    .toLowerCase()
}

const LOOKUP = new Map<string, StockField>()
for (const field of STOCK_FIELDS) for (const a of ALIASES[field]) LOOKUP.set(normalizeHeader(a), field)

/** Column index of each recognised field; unknown headers are ignored. The first matching column wins. */
export function mapStockHeaders(headers: string[]): Map<StockField, number> {
  const found = new Map<StockField, number>()
  headers.forEach((h, i) => {
    const field = LOOKUP.get(normalizeHeader(h))
    if (field && !found.has(field)) found.set(field, i)
  })
  return found
}

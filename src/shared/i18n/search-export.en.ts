// English strings of issue 14 point 4: search in every list and exports of any
// filtered view. Keys mirror search-export.zh-CN.ts exactly (the Shape type checks).
export const searchExportEn = {
  columns: {
    platform: 'Platform',
    orderNo: 'Order no.',
    status: 'Status',
    paidAt: 'Paid at',
    merchantCode: 'Merchant code',
    product: 'SKU / product',
    spec: 'Spec',
    quantity: 'Quantity',
    lineYuan: 'Line amount (yuan)',
    paidYuan: 'Order paid (yuan)',
    buyerMessage: 'Buyer message',
    merchantNote: 'Merchant note',
    stockState: 'Stock',
    deadline: 'Ship by',
    hoursLeft: 'Hours left',
    recommendation: 'Recommendation'
  },
  lineState: {
    ready: 'In stock',
    short: 'Short',
    unmapped: 'No SKU matched',
    waits: 'In stock; order waits for another item'
  },
  incoming: {
    searchLabel: 'Search deliveries',
    searchPlaceholder: 'SKU code, name, supplier or note'
  },
  reorder: {
    searchLabel: 'Search reorder suggestions',
    searchPlaceholder: 'SKU code, name or supplier',
    noMatch: 'No SKU to reorder matches “{{text}}”.'
  },
  review: {
    searchLabel: 'Search cases',
    searchPlaceholder: 'Order no., buyer, merchant code or title',
    active: 'matching “{{text}}”'
  },
  queue: {
    skuLabel: 'SKU',
    skuPlaceholder: 'SKU code',
    skuApply: 'Filter',
    skuFilter: 'Cases with SKU {{code}}',
    skuClear: 'Show all SKUs',
    skuUnknown: 'No SKU has the code “{{code}}”.'
  },
}

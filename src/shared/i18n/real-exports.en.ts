// Issue #11 strings: status meanings, bundles, Taobao's two files, refunds and deadlines.
export const realExportsEn = {
  statusMeaning: {
    unpaid: 'Not paid yet',
    awaiting_shipment: 'Awaiting shipment',
    shipped: 'Shipped',
    received: 'Received',
    cancelled: 'Cancelled / closed'
  },
  unknownStatuses: {
    title: 'Order statuses the app does not know',
    body: 'Rows with these statuses wait; the rest of the file imports. Say once what each one means — it is remembered for this platform (Settings → Order statuses).',
    rows: '{{count}} rows, first row {{row}}',
    choose: 'Means…',
    apply: 'Check again with these meanings'
  },
  join: {
    title: 'Taobao order report and item report',
    joined: '{{count}} orders joined with their items.',
    ordersWithoutItems: '{{count}} orders have no items yet (e.g. {{sample}}): import the 宝贝报表 (item report) too. Until then they take no stock.',
    itemsWithoutOrder: '{{count}} orders have items but no order data yet (e.g. {{sample}}): import the 订单报表 (order report) too.',
    sheets: 'Sheets read: {{sheets}}',
    sheetUnused: '{{name}} (not used)',
    allSheets: 'All sheets holding orders',
    files: 'Files in this import: {{files}}',
    addFile: 'Add another file'
  },
  sheetPicker: {
    title: 'Sheets in this workbook',
    hint: 'The app reads every sheet it recognises as orders. To read one sheet only, choose it.',
    noneKnown: 'No sheet of this workbook looks like an order export the app knows. Choose the sheet that holds the orders; the app then asks which column holds what.',
    label: 'Sheet to read',
    option: '{{name}} — {{format}}',
    format: {
      pdd: 'Pinduoduo orders',
      taobao_classic: 'Taobao order report',
      taobao_items: 'Taobao lines (宝贝/销售明细)',
      taobao_new: 'Taobao orders',
      douyin: 'Douyin orders',
      generic: 'not recognised'
    }
  },
  refund: {
    flag: 'Refund recorded — check before shipping',
    short: 'Refund',
    amount: 'Refund recorded ({{amount}}) — check before shipping',
    imported: '{{count}} open orders carry a refund (for example a price difference): they stay open; check before shipping.'
  },
  presale: 'Pre-sale',
  part: {
    order: 'Waiting for the item report (宝贝报表)',
    items: 'Waiting for the order report (订单报表)'
  },
  statuses: {
    title: 'Order statuses',
    hint: 'What you said unknown order-status texts mean, per platform. Used by every later import of that platform.',
    empty: 'None yet. When an import meets a status the app does not know, you choose its meaning in the preview.',
    platform: 'Platform',
    text: 'Text in the export',
    means: 'Means',
    add: 'Add',
    remove: 'Remove',
    saved: 'Saved: “{{text}}” means {{status}}.',
    removed: 'Removed “{{text}}”.'
  },
  bundles: {
    button: 'Bundles',
    title: 'Bundles (组合装)',
    hint: 'A bundle is one shop code that ships several of your SKUs. Orders for it take the parts’ stock.',
    empty: 'No bundles yet.',
    code: 'Bundle code',
    name: 'Name',
    parts: 'Parts',
    partsHint: 'One per line or comma: SKU code × quantity, e.g. A001x1, B011x2',
    usedBy: '{{lines}} order lines, {{open}} open orders',
    save: 'Save bundle',
    edit: 'Edit',
    remove: 'Remove',
    saved: 'Bundle {{code}} saved.',
    removed: 'Bundle {{code}} removed.',
    guide: 'A 组合明细 column (e.g. A001x1, B011x2) makes its row a bundle (组合装) of those SKUs; the bundle keeps no stock of its own.',
    fromStockList: 'Bundles (组合明细) in this list: {{created}} new, {{updated}} changed, {{unchanged}} unchanged.',
    badParts: 'Write the parts as CODE×QTY, e.g. A001x1, B011x2.',
    errors: {
      code_is_sku: 'A bundle code cannot be one of your SKU codes.',
      unknown_part: 'No SKU with code “{{merchantCode}}”.'
    }
  }
}

// English strings of the Alerts and Orders screens, the SKU and stock forms, exports,
// paging and settings. Keys mirror shop.zh-CN.ts exactly (a test checks).
export const listsEn = {
  alerts: {
    title: 'Alerts',
    subtitle: 'What needs your attention today',
    subtitleWhatIf: 'Simulated: what the engine would show at the chosen moment',
    asOf: 'Worked out {{time}} · recomputed after every change',
    shortOrders: 'Short orders',
    overdueShort_one: '{{count}} already past its ship-by time →',
    overdueShort_other: '{{count}} already past their ship-by time →',
    noneOverdue: 'None past its ship-by time yet →',
    noShortOrdersShort: 'Stock covers every open order',
    moneyAtRisk: 'Money at risk (late compensation)',
    moneyHint: 'Late-shipment compensation if every short order ships late, under each platform’s active rule.',
    moneyOverdue: 'Already overdue: {{money}}',
    moneyCancel: 'If all cancelled: {{money}} stockout deductions',
    openOrders: 'Orders awaiting shipment',
    openBreakdown: '{{ready}} can ship · {{short}} short',
    openUnmapped_one: '{{count}} unmapped',
    openUnmapped_other: '{{count}} unmapped',
    skus: 'SKUs',
    outOfStock: 'Out of stock',
    belowSafety: 'Below safety',
    urgentTitle: 'Most urgent short orders',
    urgentHint: 'Earliest ship-by time first, each with what to do and why.',
    recSummary: 'Short orders by recommendation',
    noShortOrders: 'No short orders: stock on hand covers every order awaiting shipment.',
    lacks: 'short of {{sku}}',
    lateFen: 'if late {{money}}',
    allShort_one: 'The {{count}} short order',
    allShort_other: 'All {{count}} short orders',
    listTitle: 'Other alerts',
    toReorder: 'Reorder suggestions',
    noAlerts: 'Nothing else needs attention.',
    allOfKind_one: 'View it',
    allOfKind_other: 'View all {{count}}',
    demoLoaded: 'Demo shop loaded: {{skus}} SKUs, {{orders}} orders, {{suppliers}} suppliers.'
  },
  orders: {
    title: 'Orders',
    tableLabel: 'Orders list',
    searchLabel: 'Search orders',
    searchPlaceholder: 'Order no., buyer, code or item',
    count_one: '{{count, number}} order',
    count_other: '{{count, number}} orders',
    statusFilter: 'Order status',
    platformFilter: 'Platform',
    allPlatforms: 'All platforms',
    skuFilter: 'Only orders containing SKU {{code}}',
    clearSkuFilter: 'Show orders for all SKUs',
    empty: 'No orders match your search or filters.',
    emptyShop: 'No orders yet. Load the demo shop on the Alerts screen, or import your orders.',
    col: {
      platform: 'Platform',
      orderNo: 'Order no.',
      status: 'Status',
      items: 'Items',
      quantity: 'Qty',
      paid: 'Paid',
      paidAt: 'Paid at',
      promisedShipAt: 'Ship by',
      buyer: 'Buyer'
    },
    detail: {
      label: 'Order detail',
      title: 'Order {{orderNo}}',
      items: 'Items',
      merchantCode: 'Merchant code',
      item: 'Item',
      spec: 'Spec',
      qty: 'Qty',
      amount: 'Amount',
      onHand: 'On hand',
      unmapped: 'Unmapped',
      unmappedHint: 'No SKU in your stock list matches this merchant code yet.',
      lineCount_one: '{{count}} line',
      lineCount_other: '{{count}} lines',
      buyer: 'Buyer',
      phone: 'Phone',
      address: 'Address',
      buyerNote: 'Buyer note',
      merchantNote: 'Merchant note',
      times: 'Times',
      paidAt: 'Paid',
      promisedShipAt: 'Promised ship time',
      shippedAt: 'Shipped',
      createdAt: 'Created',
      updatedAt: 'Last updated',
      afterSale: 'After-sale',
      totalPaid: 'Paid by buyer',
      subOrder: 'Sub-order {{no}}',
      openSku: 'Open SKU {{code}} in inventory'
    }
  }
}

export const stockFormsEn = {
  productForm: {
    createTitle: 'Add SKU',
    editTitle: 'Edit SKU {{code}}',
    merchantCodeHint: 'Your own code for this SKU, as in the 商家编码 column of platform exports. It cannot be changed later.',
    merchantCodeFixed: 'The merchant code cannot be changed.',
    specPlaceholder: 'e.g. 500ml white',
    yuan: 'yuan',
    safetyHint: 'You are warned when on hand falls below this.',
    noSupplier: 'No supplier',
    leadTimeBlank: 'Blank = supplier default',
    leadTimeSupplier: 'Blank = supplier default ({{count}} d)',
    daysSuffix: 'days',
    substitutesHint: 'SKUs you could offer instead when this one is out of stock.',
    substituteSearch: 'Find a SKU to add as a substitute',
    substituteNoMatch: 'No matching SKUs.',
    substituteRemove: 'Remove {{code}}',
    substituteAdd: 'Add {{code}} as a substitute',
    submitCreate: 'Add SKU',
    submitEdit: 'Save changes'
  },
  movement: {
    title: 'Record stock movement',
    typeLabel: 'Movement type',
    hint: {
      receive: 'Goods arrived: add units to stock.',
      count: 'Stock-take: enter what is on the shelf; the difference is recorded.',
      adjust: 'Add or remove units, e.g. damaged or lost goods.'
    },
    quantity: {
      receive: 'Units received',
      count: 'Units counted on the shelf',
      adjust: 'Change (+ or −)'
    },
    onHandNow: 'On hand now',
    after: 'After saving',
    change: 'Change',
    negative: 'This would take stock below zero.',
    reason: 'Reason',
    reasonOptional: 'Reason (optional)',
    reasonRequired: 'Please give a reason for the adjustment.',
    suggestions: 'Suggestions',
    suggestion: {
      supplierDelivery: 'Supplier delivery',
      customerReturn: 'Customer return',
      damaged: 'Damaged',
      lost: 'Lost',
      countDifference: 'Stock-take difference',
      sample: 'Sample or gift'
    },
    submit: 'Record movement'
  }
}

export const exportsEn = {
  pager: {
    range: '{{from}}–{{to}} of {{total}}',
    previous: '‹ Previous',
    next: 'Next ›'
  },
  export: {
    button: 'Export',
    exporting: 'Exporting…',
    menuLabel: 'Export format',
    format: {
      csv: 'CSV',
      xlsx: 'Excel workbook (.xlsx)'
    },
    formatHint: {
      csv: 'Opens in Excel and WPS; smallest file',
      xlsx: 'Keeps number formats'
    },
    done_one: 'Exported {{count}} row to {{file}}.',
    done_other: 'Exported {{count}} rows to {{file}}.'
  },
  exportColumns: {
    platform: 'Platform',
    orderNo: 'Order no.',
    status: 'Status',
    items: 'Items',
    quantity: 'Quantity',
    paidYuan: 'Paid (yuan)',
    paidAt: 'Paid at',
    promisedShipAt: 'Promised ship time',
    merchantCode: 'Merchant code',
    name: 'Name',
    spec: 'Spec',
    onHand: 'On hand',
    openDemand: 'Waiting (open orders)',
    safetyStock: 'Safety stock',
    supplier: 'Supplier',
    leadTimeDays: 'Lead time (days)',
    unitCostYuan: 'Unit cost',
    priceYuan: 'Price',
    row: 'Row',
    problems: 'Problems',
    personalData: '{{header}} [personal data]'
  },
  platforms: {
    pdd: 'Pinduoduo',
    taobao: 'Taobao',
    douyin: 'Douyin',
    other: 'Other'
  },
  orderStatus: {
    unpaid: 'Awaiting payment',
    awaiting_shipment: 'Awaiting shipment',
    shipped: 'Shipped',
    received: 'Received',
    cancelled: 'Cancelled'
  },
  settings: {
    title: 'Settings',
    language: 'Language',
    languageHint: 'The language of menus, labels and messages.',
    langAuto: 'Follow system ({{lang}})',
    langZh: '简体中文',
    langEn: 'English',
    timeZone: 'Shop time zone',
    timeZoneHint: 'Order times and ship-by deadlines are shown in this time zone.',
    tz: {
      shanghai: 'China (Beijing time)',
      hongKong: 'Hong Kong',
      taipei: 'Taipei',
      singapore: 'Singapore',
      london: 'London',
      losAngeles: 'Los Angeles',
      utc: 'UTC'
    },
    saved: 'Settings saved.',
    about: 'About',
    version: 'App version',
    schemaVersion: 'Database schema',
    dbPath: 'Database file',
    privacy: 'Your shop data is stored only in this file on this computer. Nothing is sent anywhere.'
  }
}

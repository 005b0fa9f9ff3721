// English UI strings. Keys mirror zh-CN.ts exactly (a test checks).
import { backupEn } from './backup.en'
import { importEn } from './import.en'
import { engineEn } from './engine.en'
import { stockImportEn } from './stock-import.en'
export const en = {
  importProblems: { ...importEn, ...stockImportEn },
  engine: engineEn,
  errors: {
    invalid_input: 'Please check the value of “{{field}}”.',
    unknown_call: 'The app asked for something it does not know ({{name}}).',
    forbidden_sender: 'This request did not come from the app window and was refused.',
    not_found: 'The record was not found. It may have been deleted.',
    conflict: 'That conflicts with an existing record.',
    merchant_code_taken: 'Merchant code “{{code}}” is already used by another product.',
    stock_negative: 'Not enough stock: on hand is {{onHand}}, this change is {{change}}. Stock can never go below zero.',
    idempotency_reused: 'This movement key was already used for a different movement.',
    demo_not_empty: 'The shop already has data. The demo shop can only be loaded into an empty shop.',
    sku_not_found: 'No SKU with merchant code “{{code}}”.',
    db_newer_version:
      'This shop database was written by a newer version of Stockout Desk (schema {{found}}, this app reads up to {{supported}}). Please update the app. Nothing was changed.',
    db_locked: 'The shop database is busy in another program. Close it and try again; nothing was lost.',
    db_readonly: 'The shop database cannot be written (read-only folder or file). Nothing was lost.',
    db_full: 'The disk is full. Free some space and try again; nothing was lost.',
    db_corrupt: 'The shop database is damaged. Stop working and restore a backup; the damaged file is kept.',
    db_io: 'The disk reported an error while saving. Nothing was lost; please try again.',
    backup_folder_unavailable:
      'The backup folder “{{folder}}” cannot be written (missing, unplugged or read-only). Plug the drive in or choose another folder in Settings › Data; the shop itself is unchanged.',
    backup_disk_full: 'The disk holding “{{folder}}” is full, so the backup was not made. Free some space or choose another folder; the shop itself is unchanged.',
    backup_invalid: 'This file is not a usable Stockout Desk backup: it is damaged, incomplete or a different kind of file. Nothing was changed.',
    backup_unverified: 'The backup just written failed its check and was discarded. The disk may be failing; try another folder. The shop itself is unchanged.',
    backup_busy: 'A backup or restore is already running. Try again in a moment.',
    desktop_unavailable: 'This works only in the desktop app.',
    no_restore_to_undo: 'There is no restore to undo.',
    db_not_damaged: 'The shop database is not damaged. To go back to a backup, use Restore, which can be undone.',
    restore_same_file: 'That is the shop database itself, not a backup.',
    internal: 'Something went wrong inside the app. Nothing was saved by this action.'
  },
  app: {
    name: 'Stockout Desk',
    tagline: 'Stockout assistant',
    offline: 'Offline · data stays on this PC',
    starting: 'Opening your shop…',
    startFailed: 'The shop could not be opened.'
  },
  nav: {
    label: 'Screens',
    alerts: 'Alerts',
    orders: 'Orders',
    queue: 'Cancellation queue',
    inventory: 'Inventory',
    review: 'Supply-chain review',
    import: 'Import',
    settings: 'Settings'
  },
  common: {
    close: 'Close',
    cancel: 'Cancel',
    save: 'Save',
    saving: 'Saving…',
    loading: 'Loading…',
    retry: 'Try again',
    all: 'All',
    none: 'None',
    unknownError: 'Something unexpected happened. Please try again.',
    apiMissing: 'This window is not connected to the shop database. Please restart the app.',
    notifications: 'Notifications',
    dismiss: 'Dismiss',
    clearSearch: 'Clear search',
    days_one: '{{count}} day',
    days_other: '{{count}} days',
    units_one: '{{count}} unit',
    units_other: '{{count}} units',
    comingSoon: 'Coming soon'
  },
  time: {
    inMinutes: 'in {{count}} min',
    inHours: 'in {{count}} h',
    inDays: 'in {{days}} d {{hours}} h',
    overdueMinutes: 'overdue {{count}} min',
    overdueHours: 'overdue {{count}} h',
    overdueDays: 'overdue {{days}} d {{hours}} h'
  },
  status: {
    unpaid: 'Awaiting payment',
    awaiting_shipment: 'Awaiting shipment',
    shipped: 'Shipped',
    received: 'Received',
    cancelled: 'Cancelled'
  },
  afterSale: {
    none: 'No after-sale',
    in_progress: 'After-sale in progress',
    refunded: 'Refunded'
  },
  platform: {
    pdd: 'Pinduoduo',
    taobao: 'Taobao',
    douyin: 'Douyin',
    other: 'Other'
  },
  movementType: {
    receive: 'Receive',
    count: 'Count',
    adjust: 'Adjust',
    ship: 'Shipped out',
    return: 'Returned'
  },
  fields: {
    merchantCode: 'Merchant code',
    name: 'Name',
    spec: 'Spec',
    priceFen: 'Price',
    unitCostFen: 'Unit cost',
    safetyStock: 'Safety stock',
    supplierId: 'Supplier',
    leadTimeDays: 'Lead time',
    substituteIds: 'Substitutes',
    productId: 'SKU',
    type: 'Movement type',
    quantity: 'Quantity',
    reason: 'Reason',
    idempotencyKey: 'Movement key',
    search: 'Search',
    filter: 'Filter',
    sort: 'Sort',
    dir: 'Sort direction',
    status: 'Order status',
    platform: 'Platform',
    language: 'Language',
    timeZone: 'Shop time zone',
    seed: 'Demo seed',
    offset: 'Page',
    limit: 'Page size',
    id: 'Record',
    kind: 'Import kind',
    fileName: 'File name',
    bytes: 'File',
    presetName: 'Column choice',
    mapping: 'Column choice',
    code: 'Merchant code',
    format: 'Export format',
    batchId: 'Import',
    jobId: 'Import job',
    unknown: 'this field'
  },
  validation: {
    required: 'Please fill in {{field}}.',
    noSpaces: 'Merchant code cannot contain spaces.',
    tooLong: '{{field}} is too long (at most {{max}} characters).',
    moneyFormat: 'Enter an amount in yuan, e.g. 12.50.',
    moneyDecimals: 'At most two decimal places (fen).',
    moneyTooLarge: 'That amount is too large.',
    wholeNumber: 'Enter a whole number.',
    nonNegative: 'Enter a whole number, 0 or more.',
    positive: 'Enter a whole number greater than 0.',
    nonZero: 'Enter a non-zero whole number, e.g. -3 or 5.',
    leadTime: 'Enter 0–365 days, or leave it blank.',
    tooMany: 'At most {{max}} substitutes.',
    fixErrors: 'Please correct the highlighted fields.'
  },
  alerts: {
    title: 'Alerts',
    subtitle: 'What needs your attention today',
    openOrders: 'Orders awaiting shipment',
    outOfStockWithDemand: 'Out of stock, orders waiting',
    outOfStock: 'Out-of-stock SKUs',
    belowSafety: 'Below safety stock',
    skus: 'SKUs',
    suppliers: 'Suppliers',
    viewOutOfStock: 'View out-of-stock SKUs',
    viewWithDemand: 'View SKUs with waiting orders',
    viewBelowSafety: 'View SKUs below safety stock',
    viewOpenOrders: 'View orders awaiting shipment',
    viewInventory: 'Open inventory',
    ordersByStatus: 'Orders by status',
    ordersTotal: '{{count, number}} orders in total',
    allClear: 'No SKU with waiting orders is out of stock.',
    shortList: 'Out of stock, with orders waiting',
    shortListHint: 'Restock these first, or offer buyers a substitute.',
    shortWaiting: 'Waiting units',
    shortOrders: 'View orders',
    shortMore: 'All {{count}} in inventory →',
    engineTitle: 'Coming next: the stockout engine',
    engineBody:
      'This page will soon work out which waiting orders your stock can cover, the ship-by deadline of every order that cannot ship, the late-shipment penalties you may face, and a recommended action for each: restock, offer a substitute, or cancel with the right reason.',
    engineNow: 'For now, the numbers above come straight from your stock list and orders.',
    emptyTitle: 'Welcome to Stockout Desk',
    emptyBody:
      'Your shop is empty. Load the demo shop to look around with realistic sample SKUs, suppliers and orders. Everything stays on this computer.',
    loadDemo: 'Load demo shop',
    loadingDemo: 'Loading demo shop…',
    importHint: 'When you are ready, the Import screen will bring in your own order exports from Pinduoduo, Taobao and Douyin.',
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
  },
  inventory: {
    title: 'Inventory',
    tableLabel: 'SKU list',
    searchLabel: 'Search SKUs',
    searchPlaceholder: 'Merchant code, name or spec',
    count_one: '{{count, number}} SKU',
    count_other: '{{count, number}} SKUs',
    addSku: 'Add SKU',
    filterLabel: 'Show',
    filter: {
      all: 'All',
      out_of_stock: 'Out of stock',
      below_safety: 'Below safety stock',
      with_demand: 'With waiting orders'
    },
    supplierFilter: 'Supplier',
    allSuppliers: 'All suppliers',
    empty: 'No SKUs match your search or filters.',
    emptyShop: 'Your stock list is empty. Add a SKU, or load the demo shop from the Alerts screen.',
    outTag: 'Out',
    lowTag: 'Low',
    col: {
      merchantCode: 'Merchant code',
      name: 'Name',
      spec: 'Spec',
      onHand: 'On hand',
      openDemand: 'Waiting',
      safetyStock: 'Safety',
      supplier: 'Supplier',
      leadTime: 'Lead time',
      price: 'Price'
    },
    colHint: {
      openDemand: 'Units on orders awaiting shipment'
    },
    detail: {
      label: 'SKU detail',
      edit: 'Edit SKU',
      move: 'Record stock movement',
      onHand: 'On hand',
      openDemand: 'On waiting orders',
      safetyStock: 'Safety stock',
      leadTime: 'Lead time',
      supplierDefault: 'supplier default',
      price: 'Price',
      unitCost: 'Unit cost',
      supplier: 'Supplier',
      noSupplier: 'No supplier',
      updatedAt: 'Last changed',
      outOfStock: 'Out of stock',
      belowSafety: 'Below safety stock',
      shortBy: '{{count}} short for waiting orders',
      substitutes: 'Substitutes',
      noSubstitutes: 'No substitutes set. A substitute can be offered to buyers when this SKU runs out.',
      movements: 'Stock movements',
      noMovements: 'No movements yet.',
      showMore: 'Show more ({{shown}} of {{total}})',
      viewOrders: 'View orders for this SKU',
      time: 'Time',
      type: 'Type',
      change: 'Change',
      balance: 'Balance',
      reason: 'Reason',
      countedAs: 'counted {{count}}'
    },
    created: 'SKU {{code}} added.',
    updated: 'SKU {{code}} saved.',
    moved: '{{type}} recorded for {{code}}: {{change}}. On hand is now {{onHand}}.'
  },
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
  },
  queue: {
    title: 'Cancellation queue',
    heading: 'Orders you decide to cancel will wait here',
    body: 'When an order cannot ship in time, the fair way out is to talk to the buyer first and cancel properly. Each order here will come with the steps an experienced merchant follows:',
    steps: {
      notify: 'Notify the buyer at once, by platform chat or the phone on the order.',
      offer: 'Offer a solution with the notice: a substitute, a coupon, or waiting for restock.',
      cancel: 'Cancel in the platform back office with the reason that fits.',
      refund: 'Confirm the refund, so the buyer gets back exactly what is owed.',
      follow: 'Follow up until the buyer is satisfied.'
    },
    empty: 'Nothing is queued yet. The queue fills once the stockout engine marks orders that cannot ship in time.'
  },
  review: {
    title: 'Supply-chain review',
    heading: 'Learn why stock ran out, and fix it',
    body: 'After each stockout you will record its cause here. This screen will then show which causes, suppliers and SKUs cost you the most, so the next promotion does not run dry. Causes you can pick from:',
    empty: 'No stockouts have been reviewed yet. Figures appear here only from your own records, never sample data.',
    cause: {
      supplier_shortage: 'Supplier out of stock or short of capacity',
      supplier_late: 'Supplier shipped later than promised',
      demand_spike: 'Promotion, group-buy or live-stream spike',
      forecast_error: 'Ordinary demand underestimated',
      oversell_sync: 'Oversold across platforms (stock synced too late)',
      count_error: 'Stock on record did not match the shelf',
      listing_error: 'Wrong SKU mapping or listing quantity',
      damaged_quality: 'Units damaged or failing quality checks',
      late_reorder: 'Reorder placed too late',
      other: 'Other'
    }
  },
  import: {
    title: 'Import',
    subtitle: 'Bring in order exports and stock lists. You see a preview first; nothing changes until you press Import.',
    sourceLabel: 'File to import',
    kindLabel: 'What are you importing?',
    kind: {
      orders: 'Order export',
      stock: 'Stock list'
    },
    kindHint: {
      orders: 'The order list (订单导出) you download from the Pinduoduo, Taobao or Douyin back office.',
      stock: 'Your own table of SKUs (库存表): merchant code, name and units on the shelf. Counted quantities are recorded as stock counts.'
    },
    platformLabel: 'Platform',
    platformOption: {
      auto: 'Detect automatically',
      pdd: 'Pinduoduo',
      taobao: 'Taobao / Tmall',
      douyin: 'Douyin shop',
      generic: 'Other table (choose the columns)'
    },
    platformName: {
      generic: 'Other table',
      unknown: 'Unknown source'
    },
    encoding: {
      'utf-8': 'UTF-8',
      'utf-8-bom': 'UTF-8 (BOM)',
      gb18030: 'GB18030 (GBK)',
      xlsx: 'Excel (.xlsx)'
    },
    drop: {
      inputLabel: 'Choose the file to import',
      title: 'Drop the file here, or',
      choose: 'Choose file…',
      chooseAnother: 'Choose another file',
      dropAnother: 'drop another file here to replace it',
      formats: 'CSV, XLSX or TXT exported from your back office, up to {{size}} MB'
    },
    source: {
      pdd: 'Pinduoduo order export (CSV, UTF-8 or GBK)',
      taobao: 'Taobao / Tmall order export (CSV or XLSX)',
      douyin: 'Douyin shop order export (CSV)'
    },
    guide: {
      title: {
        orders: 'Which order files work?',
        stock: 'What should a stock list look like?'
      },
      stockBody: 'One row per SKU. Only the merchant code is required; a new SKU also needs a name. Other columns are read when present:',
      stockColumns: '商家编码 · 商品名称 · 规格 · 现有库存 · 安全库存 · 供应商 · 采购周期(天) · 成本价(元) · 售价(元)',
      after: {
        orders: 'Download the order list from your back office, then choose it above. Orders already in the shop are updated, never duplicated.',
        stock: 'An Inventory export from this app has exactly these columns, so you can export, edit in Excel and import it back.'
      }
    },
    safety: 'Files are read on this computer only. Order numbers, phone numbers and merchant codes are kept exactly as text, so leading zeros are never lost.',
    fileTooLarge: 'This file is {{size}}. Files up to 512 MB can be imported; export a shorter date range and import it in parts.',
    fileUnreadable: 'The file “{{name}}” could not be read. It may have been moved, or still be open in another program. Nothing was changed.',
    cancelled: 'Import cancelled — nothing was changed.',
    previewCancelled: 'Check cancelled — nothing was changed.',
    progress: {
      previewTitle: 'Checking the file',
      importTitle: 'Importing',
      reading: 'Reading the file…',
      checking: 'Checking every row…',
      writing: 'Saving to your shop…',
      count: '{{done}} of {{total}}',
      previewHint: 'Nothing is written while the file is checked.',
      importHint: 'Cancelling now leaves the shop exactly as it was.',
      cancelling: 'Cancelling…'
    },
    preview: {
      title: 'Preview',
      notYet: 'Nothing has been saved yet. Check the numbers below, then import.',
      source: 'Detected',
      rows: 'Rows in file',
      mapping: 'Columns',
      changeMapping: 'Change'
    },
    count: {
      orders: {
        created: 'New orders',
        updated: 'Orders updated',
        unchanged: 'Unchanged',
        skipped: 'Rows to skip',
        skippedDone: 'Rows skipped'
      },
      stock: {
        created: 'New SKUs',
        updated: 'SKUs updated',
        unchanged: 'Unchanged',
        skipped: 'Rows to skip',
        skippedDone: 'Rows skipped'
      }
    },
    noun: {
      orders_one: '{{count, number}} order',
      orders_other: '{{count, number}} orders',
      stock_one: '{{count, number}} SKU',
      stock_other: '{{count, number}} SKUs'
    },
    decision: {
      readyTitle: 'Ready to import',
      readyBody: 'Every row was read without problems.',
      readyUnknown: 'You can import now. {{count}} merchant codes below are not linked to your SKUs yet; until they are, those orders do not count against your stock.',
      sameTitle: 'Everything in this file is already in the shop',
      sameBody: 'Importing it again changes nothing, and it is recorded in the history.',
      import: 'Import {{what}}',
      rowsBlockedTitle_one: '{{count}} row has a problem',
      rowsBlockedTitle_other: '{{count}} rows have problems',
      rowsBlockedBody:
        'Nothing is imported unless you skip the rows with problems. Skip them to import the other {{rest}} now; afterwards you can export the skipped rows, fix them and import them again.',
      rowsBlockedNothing: 'No row of this file can be imported as it is. Fix the rows listed below and choose the file again.',
      skipAndImport_one: 'Skip the bad row and import {{rest}}',
      skipAndImport_other: 'Skip the {{count}} bad rows and import {{rest}}',
      fileBlockedTitle: 'This file cannot be imported',
      fileBlockedBody: 'Nothing was imported. Fix the file as described, or choose another file or platform.',
      nothingTitle: 'Nothing to import',
      nothingBody: 'The file has no orders or SKUs the app could read.'
    },
    problem: {
      unknownFile: 'The file has a problem this version of the app cannot describe. Nothing was imported from it.',
      unknownCell: 'Row {{row}}, column “{{column}}”: this value could not be used.',
      unknownRow: 'Row {{row}}: this row could not be used.'
    },
    problems: {
      title: 'Problems and notes',
      hint: 'Row numbers are as Excel shows them (the header is row 1). Rows marked “Blocks import” are not imported unless you skip them.',
      filter: 'Show problems',
      blocking: 'Blocks import',
      notes: 'Notes',
      row: 'Row',
      column: 'Column',
      message: 'What is wrong',
      wholeFile: 'File',
      blockingTag: 'Blocks import',
      noteTag: 'Note',
      pager: 'Problem pages'
    },
    unknown: {
      title: 'Merchant codes not in your stock list',
      hint_one: 'Link each code to one of your SKUs once (remembered for later imports), or add it as a new SKU. {{count}} order line uses these codes.',
      hint_other: 'Link each code to one of your SKUs once (remembered for later imports), or add it as a new SKU. {{count}} order lines use these codes.',
      code: 'Merchant code',
      item: 'Item in the file',
      lines: 'Lines',
      actions: 'Actions',
      noCode: '(no merchant code)',
      noCodeHint: 'Add merchant codes in the platform back office',
      map: 'Link to a SKU…',
      create: 'Add as new SKU…',
      pager: 'Merchant code pages'
    },
    map: {
      title: 'Link {{code}} to a SKU',
      hint: 'Orders with this merchant code will count against the SKU you choose, now and in later imports.',
      search: 'Search by merchant code, name or spec',
      results: 'Matching SKUs',
      noMatch: 'No matching SKUs.',
      onHand: '{{n}} on hand',
      more: '{{count}} more — type to narrow the list.',
      saved: '{{code}} is now linked to {{sku}}. The file was checked again.'
    },
    create: {
      title: 'Add a new SKU',
      subtitle: 'For merchant code {{code}} in the file',
      codeHint: 'Kept as in the file. If you change it, the code in the file is linked to this SKU.',
      later: 'Stock starts at 0. Price, supplier and safety stock can be set later in Inventory.',
      submit: 'Add SKU',
      saved: 'SKU {{code}} added. The file was checked again.'
    },
    mapping: {
      title: 'Which column holds what?',
      hint: 'The app does not recognise the {{count}} columns of this file. Choose the column for each detail; only the order number is required. Your choice is saved under a name and offered for the next file like this one.',
      usePreset: 'Saved column choice',
      newPreset: 'New column choice',
      notInFile: '— not in this file —',
      more: 'More columns (buyer, address, notes…)',
      name: 'Save as',
      nameHint: 'e.g. “My supplier sheet”',
      apply: 'Save and check again',
      orderNoRequired: 'Choose the column with the order number.',
      field: {
        orderNo: 'Order number',
        status: 'Order status',
        quantity: 'Quantity',
        merchantCode: 'Merchant code',
        title: 'Item title',
        spec: 'Spec',
        paidAmount: 'Amount paid',
        paidAt: 'Paid at',
        promisedShipAt: 'Promised ship time',
        afterSale: 'After-sale status',
        subOrderNo: 'Sub-order number',
        lineAmount: 'Item amount',
        shippedAt: 'Shipped at',
        buyerName: 'Recipient',
        buyerPhone: 'Phone',
        address: 'Address',
        buyerNote: 'Buyer note',
        merchantNote: 'Merchant note'
      }
    },
    changes: {
      title: {
        orders: 'What changes in orders you already have',
        stock: 'What changes in SKUs you already have'
      },
      key: {
        orders: 'Order no.',
        stock: 'Merchant code'
      },
      field: 'Field',
      change: 'Before → after',
      to: 'becomes',
      empty: '(empty)',
      lines_one: '{{count}} line',
      lines_other: '{{count}} lines',
      more_one: '…and {{count}} more changed record not listed.',
      more_other: '…and {{count}} more changed records not listed.',
      pager: 'Change pages'
    },
    changeField: {
      status: 'Status',
      afterSale: 'After-sale',
      paidFen: 'Paid',
      paidAt: 'Paid at',
      promisedShipAt: 'Ship by',
      shippedAt: 'Shipped at',
      buyerName: 'Recipient',
      buyerPhone: 'Phone',
      address: 'Address',
      buyerNote: 'Buyer note',
      merchantNote: 'Merchant note',
      lines: 'Items',
      name: 'Name',
      spec: 'Spec',
      onHand: 'On hand (counted)',
      safetyStock: 'Safety stock',
      supplier: 'Supplier',
      leadTimeDays: 'Lead time',
      unitCostFen: 'Unit cost',
      priceFen: 'Price'
    },
    result: {
      title: 'Import finished',
      shipments_one: '{{count}} order was shipped since the last import; its units were taken off your stock.',
      shipments_other: '{{count}} orders were shipped since the last import; their units were taken off your stock.',
      noShipments: 'No order changed to shipped, so no stock was taken off.',
      stockCounted: 'Every quantity in the list was recorded as a stock count; the difference is in the stock movements of each SKU.',
      unknownLeft_one: '{{count}} merchant code is still not linked to a SKU. Import the file again after linking it.',
      unknownLeft_other: '{{count}} merchant codes are still not linked to a SKU. Import the file again after linking them.',
      skippedTitle_one: '{{count}} row was skipped',
      skippedTitle_other: '{{count}} rows were skipped',
      skippedBody: 'Export them with the reason for each, fix them in Excel and import that file.',
      exportSkipped: 'Export the skipped rows',
      viewOrders: 'View orders',
      viewInventory: 'View inventory',
      another: 'Import another file'
    },
    history: {
      title: 'Recent imports',
      time: 'Imported at',
      file: 'File',
      kind: 'Source',
      created: 'New',
      updated: 'Updated',
      unchanged: 'Unchanged',
      skipped: 'Skipped'
    }
  },
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
  },
  backup: backupEn
}

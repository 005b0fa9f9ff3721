// English UI strings. Keys mirror zh-CN.ts exactly (a test checks).
import { purchaseEn } from './purchase.en'
import { causeSuggestEn } from './cause-suggest.en'
import { importUndoEn } from './import-undo.en'
import { searchExportEn } from './search-export.en'
import { realExportsEn } from './real-exports.en'
import { importLimitsEn } from './import-limits.en'
import { queueScreenEn } from './queue-screen.en'
import { queueWorkEn } from './queue-work.en'
import { reviewEn } from './review.en'
import { queueEn } from './queue.en'
import { backupEn } from './backup.en'
import { importEn } from './import.en'
import { engineEn } from './engine.en'
import { screensEn } from './screens.en'
import { stockImportEn } from './stock-import.en'
import { listsEn, stockFormsEn, exportsEn } from './shop.en'
import { commonEn } from './common.en'
import { firstRunEn } from './first-run.en'
import { layoutEn } from './layout.en'
import { shopsEn } from './shops.en'
import { shopFilterEn } from './shop-filter.en'
import { inboxEn } from './inbox.en'
export const en = {
  shops: shopsEn,
  shopFilter: shopFilterEn,
  purchase: purchaseEn,
  importUndo: importUndoEn,
  searchExport: searchExportEn,
  importLimits: importLimitsEn,
  inbox: inboxEn,
  firstRun: firstRunEn,
  importProblems: { ...importEn, ...stockImportEn },
  engine: engineEn,
  ...realExportsEn,
  ...screensEn,
  cases: queueEn,
  ...commonEn,
  ...listsEn,
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
      countedAs: 'counted {{count}}',
      orderRef: '{{platform}} order {{orderNo}}'
    },
    created: 'SKU {{code}} added.',
    updated: 'SKU {{code}} saved.',
    moved: '{{type}} recorded for {{code}}: {{change}}. On hand is now {{onHand}}.'
  },
  ...stockFormsEn,
  queue: queueScreenEn,
  causeSuggest: causeSuggestEn,
  queueWork: queueWorkEn,
  review: reviewEn,
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
        orders:
          'Download the order list from your back office, then choose it above. Orders already in the shop are updated, never duplicated.',
        stock: 'An Inventory export from this app has exactly these columns, so you can export, edit in Excel and import it back.'
      }
    },
    safety:
      'Files are read on this computer only. Order numbers, phone numbers and merchant codes are kept exactly as text, so leading zeros are never lost.',
    fileTooLarge: 'This file is {{size}}. Files up to 512 MB can be imported; export a shorter date range and import it in parts.',
    fileUnreadable:
      'The file “{{name}}” could not be read. It may have been moved, or still be open in another program. Nothing was changed.',
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
      readyUnknown:
        'You can import now. {{count}} merchant codes below are not linked to your SKUs yet; until they are, those orders do not count against your stock.',
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
      hint_one:
        'Link each code to one of your SKUs once (remembered for later imports), or add it as a new SKU. {{count}} order line uses these codes.',
      hint_other:
        'Link each code to one of your SKUs once (remembered for later imports), or add it as a new SKU. {{count}} order lines use these codes.',
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
      priceFen: 'Price',
      bundleParts: 'Bundle parts'
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
  ...exportsEn,
  backup: backupEn,
  layout: layoutEn
}

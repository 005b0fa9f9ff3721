// Strings of "Tell the supplier" (issue 16.4): the purchase list screen, the text
// sent to the supplier, the note on the deliveries it records, and its errors.
export const purchaseEn = {
  open: 'Purchase list',
  openFor: 'Purchase list for {{supplier}}',
  title: 'Purchase list',
  subtitle: 'Check the quantities, send the list to the supplier, then record it as incoming stock.',
  back: 'Back to reorder suggestions',
  supplierLabel: 'Supplier',
  noSupplier: 'No supplier yet',
  noSupplierHint: 'These SKUs have no supplier. Set one on each SKU in Inventory so they get their own purchase list.',
  setSupplier: 'Set suppliers in Inventory',
  nothing: 'Nothing to order from this supplier now. Enter a quantity above 0 to add a line.',
  shopName: 'Shop name (printed on the list)',
  textLang: 'Language of the list',
  textLangOption: { 'zh-CN': '中文', en: 'English' },
  textLabel: 'Text to paste into WeChat',
  copy: 'Copy text',
  copied: 'Purchase list copied. Paste it into the chat with {{supplier}}.',
  copyFailed: 'Could not copy. Select the text and copy it yourself.',
  print: 'Print',
  record: 'Record as incoming stock',
  recording: 'Recording…',
  recorded: 'Recorded {{count}} deliveries from {{supplier}} ({{ref}}).',
  alreadyRecorded: 'This list was already recorded ({{ref}}); nothing was added again.',
  seeIncoming: 'See incoming stock',
  badQuantity: 'Enter a whole number from 0 to 1,000,000.',
  badQuantityOf: 'The quantity of {{code}} must be a whole number from 0 to 1,000,000; fix it to copy, print or record the list.',
  col: { code: 'Merchant code', product: 'Product', spec: 'Spec', suggested: 'Suggested', quantity: 'Quantity', expected: 'Expected' },
  quantityFor: 'Quantity of {{code}}',
  totals: '{{lines}} lines, {{units}} units, about {{money}}',
  // The text sent to the supplier, and the printed page.
  text: {
    heading: 'Purchase list',
    ref: 'No.: {{ref}}',
    shop: 'Shop: {{shop}}',
    supplier: 'Supplier: {{supplier}}',
    date: 'Date: {{date}}',
    line: '{{n}}. {{code}} {{product}} × {{qty}}, expected by {{date}}',
    total: 'Total: {{lines}} items, {{units}} units',
    noSupplier: '(no supplier yet)'
  },
  note: 'Purchase list {{ref}}',
  errors: {
    quantity: 'The quantity of {{code}} must be a whole number from 0 to 1,000,000 (got {{quantity}}). Nothing was recorded.',
    otherSupplier: '{{code}} is not supplied by this supplier. Nothing was recorded.',
    unknownSku: 'SKU #{{id}} is not in the stock list. Nothing was recorded.',
    empty: 'The list has no line with a quantity above 0. Nothing was recorded.',
    key: 'This purchase list was recorded for another supplier. Open the list again and record it.'
  }
}

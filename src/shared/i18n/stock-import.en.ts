// Messages for problems found while applying a stock list or an order file to the
// shop (the parser's own codes are in import.en.ts). Filled with { ...params, row, column }.
export const stockImportEn = {
  stock_code_column_missing:
    'The stock list has no merchant code column. Name it 商家编码, SKU or sku编码 so each row can be matched to a product.',
  bad_number: 'Row {{row}}, column “{{column}}”: “{{value}}” is not a whole number of 0 or more.',
  bad_code: 'Row {{row}}, column “{{column}}”: merchant code “{{value}}” has spaces or is longer than 64 characters.',
  duplicate_sku: 'Row {{row}}: merchant code “{{code}}” already appeared on row {{firstRow}} with different values.',
  missing_name: 'Row {{row}}: “{{code}}” is a new SKU, so it needs a product name.',
  shipped_more_than_stock:
    'Order {{orderNo}} shipped {{quantity}} × {{code}}, but the stock record had only {{onHand}}. The stock was set to 0 — please count this SKU.'
}

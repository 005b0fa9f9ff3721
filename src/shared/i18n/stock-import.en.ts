// Messages for problems found while applying a stock list or an order file to the
// shop (the parser's own codes are in import.en.ts). Filled with { ...params, row, column }.
export const stockImportEn = {
  stock_code_column_missing:
    'The stock list has no merchant code column. Name it 商家编码, SKU or sku编码 so each row can be matched to a product.',
  bad_number: 'Row {{row}}, column “{{column}}”: “{{value}}” is not a whole number of 0 or more.',
  bad_code: 'Row {{row}}, column “{{column}}”: merchant code “{{value}}” has spaces or is longer than 64 characters.',
  duplicate_sku: 'Row {{row}}: merchant code “{{code}}” already appeared on row {{firstRow}} with different values.',
  missing_name: 'Row {{row}}: “{{code}}” is a new SKU, so it needs a product name.',
  bad_bundle_parts:
    'Row {{row}}, column “{{column}}”: “{{value}}” is not a list of bundle parts. Write each SKU code × units, e.g. A001x1, B011x2 (1 to 10,000 units each).',
  bundle_part_unknown:
    'Row {{row}}, column “{{column}}”: bundle {{bundle}} names “{{code}}”, which is not one of your SKUs nor a new SKU in this list. Add that SKU first, or correct the code.',
  bundle_code_is_sku:
    'Row {{row}}, column “{{column}}”: “{{code}}” is one of your SKUs, so it cannot also be a bundle. Give the bundle its own code, or empty its 组合明细 cell.',
  bundle_stock_ignored:
    'Row {{row}}, column “{{column}}”: {{code}} is a bundle, so its stock is its parts’ stock; the quantity in this row is not used.',
  shipped_more_than_stock:
    'Order {{orderNo}} shipped {{quantity}} × {{code}}, but the stock record had only {{onHand}}. The stock was set to 0 — please count this SKU.'
}

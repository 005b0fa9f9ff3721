// Messages for order/stock file problems, one per code in IMPORT_PROBLEM_CODES
// (src/main/core/import/parse/problems.ts). Fill with { ...problem.params, row, column }.
// Row-level messages name the row (as Excel numbers it) and the column; file-level ones do not.
export const importEn = {
  empty_file: 'The file is empty.',
  not_a_table: 'This file is not a table (CSV or Excel). Please export the order list from the platform again.',
  unsupported_encoding:
    'This file was saved as “Unicode text”. In Excel choose Save As → “CSV UTF-8 (comma delimited)”, or import the platform’s original export.',
  xls_not_supported: 'This is an old-style Excel file (.xls). Open it in Excel, save it as .xlsx or CSV, and import that file.',
  xlsx_unreadable: 'The Excel file could not be opened. It may be damaged or only partly downloaded; please download it again.',
  no_rows: 'The file has a header row but no rows under it.',
  single_column:
    'Only one column was found (“{{column}}”). The file may use a separator other than comma, tab or semicolon; save it from Excel as CSV and try again.',
  duplicate_header: 'Column “{{column}}” appears more than once; the first one is used and column {{index}} is ignored.',
  mapping_required:
    'The app does not recognise the columns of this file. Choose which column holds the order number (and the other details) to import it.',
  missing_column: 'Column “{{column}}” is missing. It is needed to import these orders; check the export template or the column choice.',
  status_assumed: 'No order status column was chosen, so every order is treated as awaiting shipment.',
  quantity_assumed: 'No quantity column was chosen, so every item counts as 1 piece.',
  more_warnings: '…and {{count}} more notes of the same kind ({{code}}).',
  unclosed_quote:
    'Row {{row}}, column “{{column}}”: a quotation mark opens here and never closes, so the rest of the file ran into this cell. Fix this cell in the file and import again.',
  bad_quote: 'Row {{row}}, column “{{column}}”: stray quotation marks; the text was kept as written.',
  cell_too_long: 'Row {{row}}, column “{{column}}”: the cell is far too long ({{length}} characters). The file may be damaged.',
  too_many_cells:
    'Row {{row}} has {{found}} cells but the header has {{expected}} columns, so values may be in the wrong columns. Look for a comma or line break inside a cell.',
  too_few_cells: 'Row {{row}} has only {{found}} of the {{expected}} columns; the missing ones were read as empty.',
  missing_value: 'Row {{row}}: “{{column}}” is empty.',
  id_mangled:
    'Row {{row}}, column “{{column}}”: “{{value}}” is a number Excel shortened, and the real number is lost. Export the file from the platform again and import it without opening and saving it in Excel.',
  bad_amount: 'Row {{row}}, column “{{column}}”: “{{value}}” is not an amount in yuan (for example 39.90).',
  bad_quantity: 'Row {{row}}, column “{{column}}”: “{{value}}” is not a number of pieces (a whole number, 1 or more).',
  bad_time: 'Row {{row}}, column “{{column}}”: “{{value}}” is not a date and time (for example 2026-11-26 14:03:05).',
  unknown_status:
    'Row {{row}}, column “{{column}}”: the order status “{{value}}” is not one the app knows, so this row is held back; the rest of the file imports. Say what it means in the preview under “Order statuses the app does not know” (or in Settings → Order statuses; in the CLI, --status); importing the file with that meaning brings the row in.',
  unknown_after_sale:
    'Row {{row}}, column “{{column}}”: the after-sale status “{{value}}” is not one the app knows. The order is taken by its order status; check its after-sale on the platform.',
  duplicate_order: 'Row {{row}}: order {{orderNo}} is already in row {{firstRow}} with different details. Keep only the right row.',
  duplicate_sub_order:
    'Row {{row}}: item {{subOrderNo}} of order {{orderNo}} is already in row {{firstRow}} with different details. Keep only the right row.',
  duplicate_row: 'Row {{row}} repeats order {{orderNo}} from row {{firstRow}} with the same details; it was counted once.',
  order_incomplete:
    'Row {{row}}: order {{orderNo}} was held back because another of its rows ({{rows}}) has a problem. An order is imported whole or not at all.',
  merchant_code_fallback:
    'Row {{row}}: the item has no merchant code, so its product ID and style ID were used instead ({{code}}). You can link this code to one of your products once.',
  merchant_code_missing: 'Row {{row}}: the item has no merchant code, so it cannot be matched to your stock automatically.',
  refund_on_open_order:
    'Row {{row}}: order {{orderNo}} is still to ship but has a refund recorded (for example a price difference). It stays open; check the refund before shipping.',
  mixed_platforms: 'These files come from different platforms ({{platforms}}). Import each platform’s files separately.',
  line_dropped:
    'Row {{row}}: an item of order {{orderNo}} (sub-order {{subOrderNo}}) was cancelled or refunded before shipping, so it is not counted as waiting to ship.',
  partially_shipped: 'Row {{row}}: order {{orderNo}} is partly shipped; it stays “awaiting shipment” until everything has been sent.',
  paid_amount_summed: 'Row {{row}}: the rows of order {{orderNo}} show different paid amounts, so they were added up.'
}

// Hard limits on what an import will read. Each is far above any real platform export (a PDD or
// Taobao export has a few dozen columns, cells of at most a few hundred characters and rarely more
// than 100,000 rows) and far below what would exhaust memory: a file past one is refused before it
// can take the app down, with a message naming the limit. The import screen and the CLI share them.

export const IMPORT_LIMITS = {
  /** Size of the file itself (also the contract's bound on `import.start` bytes). */
  fileBytes: 512 * 1024 * 1024,
  /** Everything an .xlsx unpacks to (its XML parts together), counted while inflating. */
  xlsxUnpackedBytes: 512 * 1024 * 1024,
  /** How much larger than its packed size one .xlsx part may unpack (real sheets: 5–30×; a zip bomb: ~1000×). */
  xlsxPartRatio: 200,
  /** Parts smaller than this unpacked are never ratio-checked (a tiny styles.xml can compress very well). */
  xlsxRatioFloorBytes: 4 * 1024 * 1024,
  /** Distinct texts in an .xlsx's shared-string table. */
  xlsxSharedStrings: 4_000_000,
  /** Rows of one sheet or CSV file. */
  rows: 1_000_000,
  /** Columns of one row (Excel itself stops at 16,384). */
  columns: 1_000,
  /** Characters in one cell (a longer one is not data: cells above 100,000 are already reported per row). */
  cellChars: 1_000_000
} as const

export type ImportLimit = keyof typeof IMPORT_LIMITS

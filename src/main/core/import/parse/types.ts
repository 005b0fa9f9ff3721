// Public shapes of the order-file parser. Plain data only: the caller (the import step that writes
// SQLite) may run this in a worker and pass the result across a thread boundary.
import { BUYER_FIELDS, type AfterSaleStatus, type OrderLineData, type OrderStatus, type Platform } from '../../../../shared/types'

export type FileEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'xlsx'
export type SourcePlatform = Platform | 'generic'

export type NormalizedLine = OrderLineData

/** What identifies a line's item; two rows of one order agree on these (plus its amount) or conflict. */
export const LINE_ITEM_KEYS = ['subOrderNo', 'merchantCode', 'platformProductId', 'platformSkuId', 'title', 'spec', 'quantity'] as const

/** An order's times and buyer texts, as one row of the file and the order built from its rows both carry them. */
export interface OrderTexts {
  /** UTC ISO strings (Date#toISOString); the file's wall-clock times are read as China time (UTC+8). */
  paidAt: string | null
  promisedShipAt: string | null
  shippedAt: string | null
  buyerName: string
  buyerPhone: string
  address: string
  buyerNote: string
  merchantNote: string
}
export const ORDER_TEXT_KEYS = ['paidAt', 'promisedShipAt', 'shippedAt', ...BUYER_FIELDS] as const satisfies readonly (keyof OrderTexts)[]

export interface NormalizedOrder extends OrderTexts {
  platform: Platform
  orderNo: string
  status: OrderStatus
  afterSale: AfterSaleStatus
  paidFen: number
  lines: NormalizedLine[]
  /** Excel-style row numbers (header = 1) the order was built from. */
  sourceRows: number[]
}

/**
 * One problem found in the file. `row` is the Excel-style row number (header = 1, first data row = 2;
 * a quoted cell spanning several lines is still one row, as Excel shows it); file-level problems use
 * row 0. `column` is the header text in the user's file. Blocking problems keep a row (or, at row 0,
 * the whole file) out of the import. Messages: importEn / importZhCN, filled with
 * `{ ...params, row, column }`.
 */
export interface RowProblem {
  row: number
  column: string | null
  code: string
  params?: Record<string, string | number>
  blocking: boolean
}

export interface BadRow {
  row: number
  /** The row's cells keyed by header (a null-prototype object: header text is user data). */
  cells: Record<string, string>
  problems: RowProblem[]
}

export interface ParsedOrderFile {
  platform: SourcePlatform
  encoding: FileEncoding
  /** Header texts, cleaned; a repeated or empty header gets a `#<column number>` suffix so keys stay unique. */
  headers: string[]
  /** Non-blank data rows read. */
  rows: number
  orders: NormalizedOrder[]
  /**
   * Every problem, file-level first. Non-blocking warnings are capped per code (see
   * WARNINGS_PER_CODE); the rest are counted in one 'more_warnings' entry. Blocking ones are never capped.
   */
  problems: RowProblem[]
  badRows: BadRow[]
}

/** Values are header names in the user's file. */
export interface ColumnMapping {
  orderNo: string
  status?: string
  paidAt?: string
  promisedShipAt?: string
  paidAmount?: string
  merchantCode?: string
  quantity?: string
  title?: string
  spec?: string
  lineAmount?: string
  buyerName?: string
  buyerPhone?: string
  address?: string
  buyerNote?: string
  merchantNote?: string
  afterSale?: string
  shippedAt?: string
  subOrderNo?: string
}

export interface ParseOptions {
  platform?: 'auto' | SourcePlatform
  mapping?: ColumnMapping
  /** Extra status texts (as in the file) → status; checked before the built-in tables. */
  statusMap?: Record<string, OrderStatus>
  /** Called about every 5,000 rows; `total` is an estimate until the last call (done === total). */
  onProgress?: (done: number, total: number) => void
  /** Checked about every 5,000 rows; returning true rejects the parse with ImportCancelled. */
  shouldCancel?: () => boolean
}

export interface TableResult {
  encoding: FileEncoding
  headers: string[]
  /** Cleaned cells of the data rows; a blank row in the middle is an empty array, trailing blank rows are dropped. */
  rows: string[][]
  /** Excel-style row number of each entry in `rows` (rows[i] is row headerRow + 1 + i). */
  rowNumbers: number[]
  problems: RowProblem[]
}

/** Thrown (as a rejection) when shouldCancel() returns true. */
export class ImportCancelled extends Error {
  readonly code = 'import_cancelled'
  constructor() {
    super('Import cancelled')
    this.name = 'ImportCancelled'
  }
}

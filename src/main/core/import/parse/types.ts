// Public shapes of the order-file parser. Plain data only: the caller (the import step that writes
// SQLite) may run this in a worker and pass the result across a thread boundary.
import { BUYER_FIELDS, type AfterSaleStatus, type OrderLineData, type OrderStatus, type Platform } from '../../../../shared/types'

export type FileEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'xlsx'
export type SourcePlatform = Platform | 'generic'

export type NormalizedLine = OrderLineData

/**
 * Which part of an order a file holds. Taobao's classic export is two files: the order report
 * ('order': paid time, amounts, buyer, no lines) and the item report ('items': lines only); they are
 * joined on the order number, in one import or across imports. Every other export is 'whole'.
 */
export type { OrderPart } from '../../../../shared/types'
import type { OrderPart } from '../../../../shared/types'

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
  part: OrderPart
  status: OrderStatus
  afterSale: AfterSaleStatus
  /** Refunded amount when the file says (退款金额); a refund on an order still to ship is flagged, never a cancel. */
  refundFen: number | null
  /** Pre-sale (Taobao 分阶段订单信息, Douyin 订单类型 预售): ships by its own date, never on the default window. */
  presale: boolean
  paidFen: number
  lines: NormalizedLine[]
  /** The shop the file names for the order (Taobao's 店铺名称); absent when the file has none (issue #16). */
  shopName?: string
  /** Excel-style row numbers (header = 1) the order was built from. */
  sourceRows: number[]
  /**
   * Digest of the rows the order was read from (parse/row-digest.ts), stored so a re-import can pass
   * over them; null when any of them raised a problem or the read was not keyed. Absent = null.
   */
  rowsDigest?: string | null
}

/**
 * The orders of one platform the shop stores, as the parse looks them up: by order number a slot
 * (0 … size − 1, or −1 for an order not stored), and by slot its id and row digest.
 */
export interface StoredOrders {
  readonly size: number
  slot(orderNo: string): number
  idAt(slot: number): number
  rowDigestAt(slot: number): string | null
}

/**
 * What the parse needs to pass over orders the shop already holds as the file has them: the app's
 * version (part of the reading key) and, once the file's platform is known, its stored orders.
 */
export interface StoredRowDigests {
  appVersion: string
  forPlatform(platform: Platform): StoredOrders
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
  /** Set when one import reads several files: which file (and sheet) the row is in. */
  file?: string
}

export interface BadRow {
  file?: string
  row: number
  /** The row's cells keyed by header (a null-prototype object: header text is user data). */
  cells: Record<string, string>
  problems: RowProblem[]
}

export interface ParsedOrderFile {
  platform: SourcePlatform
  /** Which export of the platform was recognised (taobao_classic, taobao_items, …). */
  format: string
  /** The workbook sheet read, for an XLSX file; null for CSV. */
  sheet: string | null
  encoding: FileEncoding
  /** Header texts, cleaned; a repeated or empty header gets a `#<column number>` suffix so keys stay unique. */
  headers: string[]
  /** Non-blank data rows read. */
  rows: number
  orders: NormalizedOrder[]
  /** Ids of the orders the shop holds exactly as the file has them, not read (ParseOptions.stored). */
  passed: number[]
  /** Their lines, counted by merchant code. */
  passedLines: ReadonlyMap<string, number>
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
  /** The merchant's saved meanings per platform; the one for the detected platform applies (statusMap wins). */
  statusMaps?: Partial<Record<Platform, Record<string, OrderStatus>>>
  /** Called about every 5,000 rows; `total` is an estimate until the last call (done === total). */
  onProgress?: (done: number, total: number) => void
  /** Checked about every 5,000 rows; returning true rejects the parse with ImportCancelled. */
  shouldCancel?: () => boolean
  /** Given, orders are keyed by their rows' digest and those the shop holds unchanged are passed over. */
  stored?: StoredRowDigests
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

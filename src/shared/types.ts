import type { ApiError } from './errors'

// Domain types that cross the contract. Plain data only: no Node or DOM imports.

export const PLATFORMS = ['pdd', 'taobao', 'douyin', 'other'] as const
export type Platform = (typeof PLATFORMS)[number]

export const ORDER_STATUSES = ['unpaid', 'awaiting_shipment', 'shipped', 'received', 'cancelled'] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

export const ORDER_PARTS = ['whole', 'order', 'items'] as const
export type OrderPart = (typeof ORDER_PARTS)[number]

export const AFTER_SALE_STATUSES = ['none', 'in_progress', 'refunded'] as const
export type AfterSaleStatus = (typeof AFTER_SALE_STATUSES)[number]

/** Movements a user records by hand; the ledger also holds system types. */
export const MANUAL_MOVEMENT_TYPES = ['receive', 'count', 'adjust'] as const
export type ManualMovementType = (typeof MANUAL_MOVEMENT_TYPES)[number]
export const MOVEMENT_TYPES = ['receive', 'count', 'adjust', 'ship', 'return'] as const
export type MovementType = (typeof MOVEMENT_TYPES)[number]

export const LANGUAGES = ['auto', 'zh-CN', 'en'] as const
export type LanguageSetting = (typeof LANGUAGES)[number]

export type SortDir = 'asc' | 'desc'

export interface Page<T> {
  total: number
  rows: T[]
}

export interface Supplier {
  id: number
  name: string
  contact: string
  leadTimeDays: number
  note: string
}

export interface ProductRow {
  id: number
  merchantCode: string
  name: string
  spec: string
  priceFen: number
  unitCostFen: number
  safetyStock: number
  supplierId: number | null
  supplierName: string | null
  /** The product's own lead time, or its supplier's when it has none. */
  leadTimeDays: number
  onHand: number
  /** Units on awaiting-shipment orders for this SKU. */
  openDemand: number
  updatedAt: string
}

export interface Movement {
  id: number
  productId: number
  type: MovementType
  /** Signed change to on-hand. */
  quantity: number
  /** On-hand after this movement (running sum of the ledger). */
  balance: number
  counted: number | null
  reason: string
  ref: string | null
  createdAt: string
}

export interface ProductDetail extends ProductRow {
  ownLeadTimeDays: number | null
  substitutes: { id: number; merchantCode: string; name: string; spec: string; onHand: number }[]
  movements: Movement[]
}

export interface OrderRow {
  id: number
  platform: Platform
  /** The order's shop (issue #16); null for an order imported before it knew one. */
  shopId: number | null
  shopName: string | null
  orderNo: string
  status: OrderStatus
  afterSale: AfterSaleStatus
  paidFen: number
  paidAt: string | null
  promisedShipAt: string | null
  buyerName: string
  /** Refunded amount the export recorded (退款金额), when it said. */
  refundFen: number | null
  /** A refund recorded on an order still to ship: it stays open; check the refund before shipping. */
  refundFlag: boolean
  presale: boolean
  /** 'order': Taobao order report without its item report yet; 'items': the reverse. */
  part: OrderPart
  /** Summary of the order's lines for list display, e.g. "保温杯 500ml 白色 ×2". */
  itemsSummary: string
  totalQuantity: number
  lineCount: number
}

/** An order's buyer and notes, as exports carry them (the import reads them, the column mapping names them). */
export const BUYER_FIELDS = ['buyerName', 'buyerPhone', 'address', 'buyerNote', 'merchantNote'] as const

/** A line as the platform's file gives it (what an import reads and writes). */
export interface OrderLineData {
  lineNo: number
  subOrderNo: string | null
  merchantCode: string
  platformProductId: string
  platformSkuId: string
  title: string
  spec: string
  quantity: number
  amountFen: number
}

export interface OrderLine extends OrderLineData {
  id: number
  productId: number | null
  productName: string | null
  onHand: number | null
}

export interface OrderDetail extends OrderRow {
  shippedAt: string | null
  buyerPhone: string
  address: string
  buyerNote: string
  merchantNote: string
  createdAt: string
  updatedAt: string
  lines: OrderLine[]
}

export interface ShopStatus {
  skus: number
  suppliers: number
  orders: number
  ordersByStatus: Record<OrderStatus, number>
  openOrders: number
  outOfStockSkus: number
  /** Out-of-stock SKUs that open orders are waiting for. */
  outOfStockWithDemand: number
  belowSafetyStock: number
  isEmpty: boolean
  /** Set while the shop holds the demo data (loaded with demo.load): files imported into it since, or null for a real shop. */
  demo: DemoState | null
}

export interface DemoState {
  /** Order exports and stock lists imported into the demo shop after it was loaded: they would be set aside with it. */
  importedFiles: number
}

export interface Settings {
  language: LanguageSetting
  timeZone: string
  /** Service level for safety stock (0.90–0.99; see SERVICE_LEVELS in engine-types.ts). */
  serviceLevel: number
}

export interface AppInfo {
  version: string
  schemaVersion: number
  dbPath: string
}

export interface AuditEntry {
  id: number
  at: string
  action: string
  entity: string
  entityId: string | null
  detail: string
}

export interface DemoResult {
  seed: number
  suppliers: number
  skus: number
  orders: number
  movements: number
  incoming: number
}

// ---- Import and export (issue #3) ----

export interface ImportProblem {
  /** Row as Excel numbers it (header = 1); 0 for the file as a whole. */
  row: number
  column: string | null
  code: string
  /** i18n key of the message ("importProblems.<code>"), filled with params. */
  messageKey: string
  params: Record<string, string | number>
  blocking: boolean
  /** The file (and sheet) the row is in, when one import read several. */
  file?: string
}

/** An 订单状态 text the app does not know: its rows wait until the merchant says what it means. */
export interface UnknownStatus {
  text: string
  rows: number
  firstRow: number
  file: string
}

/** What joining Taobao's order report and item report did (counts, with a few order numbers each). */
export interface JoinSummary {
  /** Orders that now have both their order data and their lines. */
  joined: number
  /** Orders from the order report whose lines are not known yet: import the 宝贝报表 too. */
  ordersWithoutItems: number
  ordersWithoutItemsSample: string[]
  /** Lines from the item report whose order is not known yet: import the 订单报表 too. */
  itemsWithoutOrder: number
  itemsWithoutOrderSample: string[]
}

export interface SheetInfo {
  file: string
  name: string
  format: string
  rows: number
  used: boolean
}

export interface FieldChange {
  field: string
  from: string | number | null
  to: string | number | null
}

export interface UnknownSku {
  code: string
  title: string
  spec: string
  /** Order lines in this file that carry the code. */
  lines: number
}

/** Which shops an order import goes to (issue #16). */
export interface ImportShops {
  /** Shop names the file gives (店铺名称), distinct, in file order; empty when it names none. */
  fromFile: string[]
  /** Where orders the file doesn't name go: the chosen, remembered or default shop (null id: created by this import). */
  shopId: number | null
  shopName: string | null
  /** Shops this import creates (names), in the order it creates them. */
  create: string[]
}

export interface ImportReport {
  kind: 'orders' | 'stock'
  fileName: string
  platform: string | null
  encoding: string
  /** The file's column headers, for mapping a generic file's columns. */
  headers: string[]
  rows: number
  created: number
  updated: number
  unchanged: number
  skipped: number
  /** True once the changes are in the database; false for a preview or a rejected file. */
  applied: boolean
  /** The file has blocking problems: nothing is written unless bad rows are skipped. */
  blocked: boolean
  batchId: number | null
  unknownSkus: UnknownSku[]
  errors: ImportProblem[]
  /** The first changed orders/products with what changed. */
  changes: { key: string; changes: FieldChange[] }[]
  /** Orders that went from awaiting shipment to shipped; their units left the stock. */
  shipments: number
  warnings: ImportProblem[]
  /** Every file read by this import (the first is fileName). */
  files: string[]
  unknownStatuses: UnknownStatus[]
  /** Set when an order report or item report (Taobao) was read. */
  join: JoinSummary | null
  /** Sheets of the workbooks read (empty for CSV and one-sheet workbooks). */
  sheets: SheetInfo[]
  /** Open orders carrying a refund (a partial refund): they stay open, flagged for a check. */
  refundsFlagged: number
  /** Bundles (组合装) a stock list defines in its 组合明细 column; null for order files. */
  bundles: { created: number; updated: number; unchanged: number } | null
  /** Order imports: the shops the orders go to (issue #16). */
  shops?: ImportShops
}

export type ImportPhase = 'reading' | 'checking' | 'writing'
export type ImportJobState = 'running' | 'done' | 'failed' | 'cancelled'

export interface ImportJobStatus {
  jobId: string
  kind: 'orders' | 'stock'
  dryRun: boolean
  state: ImportJobState
  phase: ImportPhase
  done: number
  total: number
  report: ImportReport | null
  error: ApiError | null
}

export interface ImportBatch {
  id: number
  kind: 'orders' | 'stock'
  fileName: string
  platform: string | null
  encoding: string
  rows: number
  created: number
  updated: number
  unchanged: number
  skipped: number
  importedAt: string
}

export interface SkippedRow {
  file: string
  row: number
  cells: Record<string, string>
  problems: ImportProblem[]
}

export interface ImportPreset {
  id: number
  name: string
  platform: Platform
  mapping: Record<string, string>
  updatedAt: string
}

export interface SkuMapping {
  id: number
  platform: Platform
  code: string
  productId: number
  merchantCode: string
  productName: string
  /** Order lines now linked through this mapping. */
  linkedLines: number
}

/** What the merchant said an order-status text means on one platform (issue #11). */
export interface StatusMeaningRow {
  platform: Platform
  text: string
  status: OrderStatus
  updatedAt: string
}

export interface BundlePart {
  productId: number
  merchantCode: string
  name: string
  quantity: number
  onHand: number
}

/** A shop code (组合装) that ships several stock SKUs × quantity. */
export interface Bundle {
  id: number
  code: string
  name: string
  parts: BundlePart[]
  /** Where used: order lines carrying the code, and how many of them are on open orders. */
  lines: number
  openOrders: number
  updatedAt: string
}

export interface ExportFile {
  fileName: string
  mime: string
  bytes: Uint8Array
  rows: number
}

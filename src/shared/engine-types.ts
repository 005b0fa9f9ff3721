// Types of the stockout engine (issue #4) that cross the contract: allocation
// states, triage rows, recommendations with localisable reasons, alerts, reorder
// suggestions, incoming stock and platform rules. Plain data only.
import type { Platform } from './types'

/** Service levels offered in Settings, with the z value of each (one-sided normal quantile). */
export const SERVICE_LEVELS = [0.9, 0.95, 0.98, 0.99] as const
export type ServiceLevel = (typeof SERVICE_LEVELS)[number]
export const Z_FOR_SERVICE_LEVEL: Record<ServiceLevel, number> = { 0.9: 1.282, 0.95: 1.645, 0.98: 2.054, 0.99: 2.326 }
export const DEFAULT_SERVICE_LEVEL: ServiceLevel = 0.95

export const ORDER_STATES = ['ready', 'short', 'unmapped'] as const
/** ready: every line is covered by stock; short: some line is not; unmapped: some line's code maps to no SKU. */
export type OrderState = (typeof ORDER_STATES)[number]

export const RECOMMENDATIONS = ['wait', 'substitute', 'cancel'] as const
export type Recommendation = (typeof RECOMMENDATIONS)[number]

/**
 * Where an order's deadline came from: the export's promised ship time, derived (paid time + the
 * platform's ship window: an assumption, labelled as such), or nowhere (e.g. a pre-sale order).
 */
export type DeadlineSource = 'promised' | 'derived' | 'none'

/**
 * A message the renderer or CLI puts into words: `key` is an i18n key, `params`
 * fill it. By convention params named `…At` are UTC ISO times (shown in the
 * shop's time zone), `…Fen` are money in fen (shown as ¥), `platform` is a platform code.
 */
export interface EngineMessage {
  key: string
  params: Record<string, string | number | null>
}

/** Totals of the last recompute, for the Alerts screen's header. */
export interface EngineSummary {
  /** The moment the stored results are as of (UTC ISO); null before the first recompute. */
  computedAt: string | null
  durationMs: number
  serviceLevel: number
  openOrders: number
  readyOrders: number
  shortOrders: number
  unmappedOrders: number
  wait: number
  substitute: number
  cancel: number
  /** Late-shipment compensation at stake if every short order ships late. */
  lateFenShort: number
  /** Stockout deductions at stake if every short order is cancelled for lack of stock. */
  stockoutFenShort: number
  /** The demand window the reorder figures use: whole days in the shop's time zone. */
  demandFrom: string | null
  demandTo: string | null
  demandDays: number
}

export interface TriageRow {
  orderId: number
  platform: Platform
  /** The order's shop (issue #16); null for an order imported before it knew one. */
  shopId: number | null
  shopName: string | null
  orderNo: string
  paidAt: string | null
  paidFen: number
  buyerName: string
  itemsSummary: string
  state: OrderState
  /** Position in the allocation queue (1 = served first). */
  rank: number
  deadline: string | null
  deadlineSource: DeadlineSource
  /** A refund recorded on this open order (partial refund): check it before shipping. */
  refundFlag: boolean
  /** The refunded amount when the export said (退款金额). */
  refundFen: number | null
  presale: boolean
  /** Hours from `now` to the deadline, one decimal; negative when overdue; null without a deadline. */
  hoursLeft: number | null
  overdue: boolean
  /** Compensation the platform takes if this order ships late (active rule of its platform). */
  lateFen: number
  /** Deduction if it is cancelled for lack of stock (short orders; null otherwise). */
  stockoutFen: number | null
  recommendation: Recommendation | null
  /** The SKU the order is short of (the one the reason names). */
  shortSku: string | null
  substituteProductId: number | null
  substituteSku: string | null
  /** When restock would complete the order, if any delivery can. */
  readyAt: string | null
  reason: EngineMessage | null
  /** Merchant codes of lines that map to no SKU (unmapped orders). */
  unmappedCodes: string[]
}

export interface TriagePage {
  now: string
  computedAt: string | null
  total: number
  rows: TriageRow[]
}

export interface TriageLine {
  lineNo: number
  merchantCode: string
  title: string
  spec: string
  quantity: number
  productId: number | null
  sku: string | null
  /** Units held for this line (whole-order allocation: all of it when the order is ready, else none). */
  allocated: number
  /** This line's SKU is one the order is short of. */
  lacking: boolean
  onHand: number | null
  available: number | null
  incoming: { id: number; quantity: number; expectedAt: string; overdue: boolean }[]
  substitutes: { productId: number; sku: string; available: number }[]
}

export interface OrderTriage extends TriageRow {
  lines: TriageLine[]
}

export const ALERT_KINDS = ['out_of_stock', 'short_order', 'incoming_overdue', 'run_out', 'below_safety', 'unmapped'] as const
export type AlertKind = (typeof ALERT_KINDS)[number]

export interface AlertItem {
  kind: AlertKind
  severity: 'critical' | 'warning' | 'info'
  message: EngineMessage
  /** What the alert concerns, for links: a SKU, orders, a delivery. */
  productId: number | null
  sku: string | null
  orderIds: number[]
  orderNo: string | null
  platform: Platform | null
  incomingId: number | null
  /** Hours left for short orders (negative: overdue), for sorting and countdowns. */
  hoursLeft: number | null
}

export interface AlertGroup {
  kind: AlertKind
  /** All alerts of this kind; `items` holds the first few, most urgent first. */
  count: number
  items: AlertItem[]
}

export interface AlertsData {
  now: string
  summary: EngineSummary
  /** Short orders already past their deadline. */
  overdueShort: number
  /** Late compensation of short orders that are already overdue. */
  lateFenOverdue: number
  groups: AlertGroup[]
}

/** A figure with the formula that produced it: `formula.key` names the i18n message, `formula.params` its inputs. */
export interface Explained<T = number | null> {
  value: T
  formula: EngineMessage
}

export interface SkuPosition {
  productId: number
  merchantCode: string
  name: string
  spec: string
  supplierId: number | null
  supplierName: string | null
  onHand: number
  /** Units held for ready orders. */
  allocated: number
  /** Available to promise: on hand − allocated. */
  available: number
  openUnits: number
  openOrders: number
  /** Units of this SKU on short orders. */
  waitingUnits: number
  waitingOrders: number
  /** Short orders that lack this SKU (not just wait for another one). */
  lackingOrders: number
  lackingUnits: number
  incomingUnits: number
  nextIncomingAt: string | null
  overdueIncomingUnits: number
  avgDailyDemand: number | null
  sigmaDaily: number | null
  inStockDays: number
  daysOfCover: number | null
  leadTimeDays: number
  safetyStock: number
  statisticalSafetyStock: number | null
  reorderPoint: number | null
  suggestedQty: number
  runOutAt: string | null
}

export interface PositionsPage {
  computedAt: string | null
  total: number
  rows: SkuPosition[]
}

export interface ReorderLine {
  productId: number
  merchantCode: string
  name: string
  spec: string
  unitCostFen: number
  onHand: number
  available: number
  incoming: number
  waitingUnits: number
  avgDailyDemand: Explained
  sigmaDaily: Explained
  leadTimeDays: number
  /** σ of the supplier's actual lead times (days), when enough deliveries were received to measure it. */
  leadTimeSigma: number | null
  z: number
  safetyStock: Explained<number>
  reorderPoint: Explained
  suggestedQty: Explained<number>
  costFen: number
}

export interface ReorderGroup {
  supplierId: number | null
  supplierName: string | null
  lines: ReorderLine[]
  totalUnits: number
  totalCostFen: number
}

export interface ReorderPlan {
  computedAt: string | null
  serviceLevel: number
  z: number
  demandFrom: string | null
  demandTo: string | null
  demandDays: number
  groups: ReorderGroup[]
}

export const INCOMING_STATUSES = ['open', 'received', 'cancelled'] as const
export type IncomingStatus = (typeof INCOMING_STATUSES)[number]

export interface IncomingRow {
  id: number
  productId: number
  merchantCode: string
  productName: string
  spec: string
  supplierId: number | null
  supplierName: string | null
  quantity: number
  orderedAt: string | null
  expectedAt: string
  status: IncomingStatus
  /** Open and past its expected arrival. */
  overdue: boolean
  receivedAt: string | null
  movementId: number | null
  note: string
  createdAt: string
}

/** Compensation or deduction: a fixed amount, or a share of the amount paid clamped to [min, max]. */
export type PenaltyFormula =
  { kind: 'fixed'; fixedFen: number } | { kind: 'percent'; percentBp: number; minFen: number; maxFen: number | null }

export interface PlatformRule {
  id: number
  platform: Platform
  /** Code of the preset this rule came from (null for the user's own). */
  preset: string | null
  /** A preset whose figures the user changed. */
  edited: boolean
  name: string
  shipWindowHours: number
  late: PenaltyFormula
  stockout: PenaltyFormula
  source: string
  /** When the source said so: YYYY, YYYY-MM or YYYY-MM-DD; null when undated. */
  sourceDate: string | null
  active: boolean
  updatedAt: string
}

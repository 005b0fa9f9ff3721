// Types of the supply-chain review (issue #6) that cross the contract. Every
// figure is aggregated by SQL in the core; the screen, the CLI and the exports
// draw exactly these rows. Money is integer fen, percentages are 0–100 with one
// decimal, lead times are days with one decimal, dates are the shop's calendar
// days ("2026-11-26") and instants UTC ISO.
//
// Which cases count: a stockout case enters the review once its cause is recorded
// (the queue's step 7), and it is dated by when it was opened — the moment the
// shop found the order short, i.e. when the stock ran out — whatever happened to
// it later. Cases still waiting for a cause are only counted (`unclassified`,
// `pending` per week), and their cancelled orders count in the cancellation rate.
import type { Platform } from './types'

export const REVIEW_CHARTS = ['causes', 'trend', 'suppliers', 'skus', 'money'] as const
export type ReviewChart = (typeof REVIEW_CHARTS)[number]

/** The date-range presets the screen offers (days, today included). */
export const REVIEW_PRESETS = [7, 30, 90] as const
export type ReviewPreset = (typeof REVIEW_PRESETS)[number]

/** The longest range the review accepts, in days. */
export const REVIEW_MAX_DAYS = 731

/** How many SKUs each SKU ranking lists. */
export const REVIEW_TOP_SKUS = 10

/** The range the figures cover: whole days in the shop's time zone, and the UTC instants bounding them. */
export interface ReviewRange {
  /** First day, in the shop's time zone. */
  from: string
  /** Last day (included). */
  to: string
  days: number
  timeZone: string
  /** UTC instant the first day begins. */
  fromAt: string
  /** UTC instant the day after the last one begins (excluded). */
  toAt: string
}

export interface ReviewFilters {
  platform: Platform | null
  supplierId: number | null
  cause: string | null
  /** Cases (and orders counted) of this shop only. */
  shopId: number | null
  /** Cases whose order matches this text (order no., buyer, merchant code, title, SKU); '' for all. */
  search: string
}

/** One cause of the taxonomy with its labels and its place in the taxonomy (for colours). */
export interface ReviewCause {
  code: string
  labelZh: string
  labelEn: string
  position: number
  archived: boolean
}

/** What a set of cases cost. lostFen = compensationFen + marginFen (refunds are shown, not counted as lost). */
export interface ReviewMoney {
  refundFen: number
  compensationFen: number
  /** Estimated lost margin: (price − unit cost) × quantity of the cancelled orders' lines. */
  marginFen: number
  lostFen: number
}

/** A bar of the causes Pareto. Both cumulative shares are given; each follows its own order (cases, or money lost). */
export interface CauseRow extends ReviewMoney {
  code: string
  labelZh: string
  labelEn: string
  position: number
  cases: number
  /** Cases whose order was cancelled. */
  cancelled: number
  casesPct: number | null
  /** Share of all cases of this cause and those with more cases (ties by taxonomy order). */
  casesCumPct: number | null
  lostPct: number | null
  /** Share of all money lost of this cause and those that lost more. */
  lostCumPct: number | null
}

/** Counts per cause code (only codes with cases appear). */
export type CauseCounts = Record<string, number>

/** A week, Monday to Sunday in the shop's time zone, cut to the range at both ends. */
export interface ReviewWeek {
  /** The week's Monday. */
  week: string
  /** First and last day of the week inside the range. */
  from: string
  to: string
  /** Days of the week inside the range (7 except at the ends). */
  days: number
}

export interface TrendRow extends ReviewWeek {
  cases: number
  byCause: CauseCounts
  /** Cases opened that week still waiting for their cause (0 under a supplier or cause filter). */
  pending: number
  /** Orders cancelled for lack of stock: cases whose order was cancelled, their cause recorded or not. */
  cancelled: number
  /** Orders paid that week (the platform filter applies; supplier and cause do not). */
  orders: number
  /** cancelled ÷ orders, as a percentage; null when no orders were paid. */
  cancelRatePct: number | null
}

export interface MoneyRow extends ReviewWeek, ReviewMoney {
  cases: number
}

/** A supplier's cases (by the supplier named with the cause) and its scorecard (from incoming stock due in the range). */
export interface SupplierRow extends ReviewMoney {
  /** null: cases with no supplier named, and deliveries with no supplier. */
  supplierId: number | null
  name: string | null
  /** The supplier's promised lead time on record (days). */
  leadTimeDays: number | null
  cases: number
  byCause: CauseCounts
  /** Deliveries whose promised date falls in the range. */
  deliveries: number
  received: number
  cancelledDeliveries: number
  /** Still open after the end of their promised day. */
  overdue: number
  /** Received by the end of the promised day (shop time). */
  onTime: number
  /** onTime ÷ (received + overdue). */
  onTimePct: number | null
  /** Average of promised date − order date, over received deliveries with an order date (the same ones as actualLeadDays). */
  promisedLeadDays: number | null
  /** Average of received − order date, over received deliveries with an order date. */
  actualLeadDays: number | null
  /** Units ordered on settled deliveries (received or cancelled). */
  unitsOrdered: number
  unitsReceived: number
  /** unitsReceived ÷ unitsOrdered; a cancelled delivery counts as nothing received. */
  fillRatePct: number | null
}

export interface SkuRow {
  productId: number
  merchantCode: string
  name: string
  spec: string
  supplierName: string | null
  cases: number
  /** The cases' money lost, each case's shared equally among the SKUs it lacked. */
  lostFen: number
  /** Available now ÷ average daily demand (the engine's last recompute); null without demand. */
  daysOfCover: number | null
  /** The engine's reorder suggestion now (units). */
  suggestedQty: number
  available: number | null
  leadTimeDays: number | null
}

export interface ReviewSummary extends ReviewMoney {
  cases: number
  /** Orders cancelled for lack of stock, their cause recorded yet or not. */
  cancelled: number
  /** Orders paid in the range (platform filter only). */
  orders: number
  cancelRatePct: number | null
  /** The cause with most cases, its share, and the supplier named most often with it. */
  topCause: { code: string; labelZh: string; labelEn: string; cases: number; pct: number; supplierId: number | null; supplierName: string | null; supplierCases: number } | null
  /** Cases opened in the range whose cause is not recorded yet: in no breakdown (0 under a supplier or cause filter). */
  unclassified: number
}

export interface ReviewData {
  range: ReviewRange
  filters: ReviewFilters
  /** The taxonomy, for the cause filter, legends and colours (archived causes only when they have cases). */
  causeList: ReviewCause[]
  summary: ReviewSummary
  /** Sorted by cases (then taxonomy order). */
  causes: CauseRow[]
  /** The same rows sorted by money lost. */
  causesByMoney: CauseRow[]
  trend: TrendRow[]
  suppliers: SupplierRow[]
  skusByCases: SkuRow[]
  skusByMoney: SkuRow[]
  money: MoneyRow[]
  /** When the engine figures (days of cover, reorder) were computed. */
  engineAt: string | null
}

/** One case behind a bar. */
export interface ReviewCaseRow {
  caseId: number
  orderId: number
  platform: Platform
  orderNo: string
  openedAt: string
  closedAt: string | null
  causeCode: string
  causeNote: string
  supplierId: number | null
  supplierName: string | null
  /** Merchant codes of the SKUs the order lacked. */
  skus: string[]
  paidFen: number
  cancelled: boolean
  refundFen: number
  compensationFen: number
  marginFen: number
}

export interface ReviewCasePage {
  total: number
  rows: ReviewCaseRow[]
}

// Types of the cancellation queue (issue #5) that cross the contract. Each short
// order becomes a case that walks the merchant's steps; the case's `step` is the
// next thing to do. Plain data only. Money is fen, times UTC ISO.
import type { EngineMessage, Recommendation } from './engine-types'
import type { AfterSaleStatus, OrderStatus, Platform } from './types'

/**
 * The next thing to do on a case. `waiting`: the buyer agreed to wait for a date;
 * `close`: everything is recorded and the case can be closed; `closed`: done.
 */
export const CASE_STEPS = ['notify', 'offer', 'answer', 'waiting', 'cancel', 'refund', 'followup', 'cause', 'close', 'closed'] as const
export type CaseStep = (typeof CASE_STEPS)[number]

/** What the order is now: the engine's state while it is open, else what happened to it. */
export const SITUATIONS = ['short', 'unmapped', 'ready', 'shipped', 'cancelled'] as const
export type Situation = (typeof SITUATIONS)[number]

export const NOTIFY_CHANNELS = ['platform_chat', 'phone', 'sms', 'other'] as const
export type NotifyChannel = (typeof NOTIFY_CHANNELS)[number]

export const OFFER_KINDS = ['substitute', 'coupon', 'wait', 'refund'] as const
export type OfferKind = (typeof OFFER_KINDS)[number]

export const ANSWERS = ['accepted_substitute', 'will_wait', 'agreed_cancel', 'no_reply'] as const
export type Answer = (typeof ANSWERS)[number]

export const FEEDBACKS = ['satisfied', 'neutral', 'complaint', 'bad_review_risk'] as const
export type Feedback = (typeof FEEDBACKS)[number]

/** Every action a case can take; `allowed` on a case says which are legal now. */
export const CASE_ACTIONS = ['notify', 'offer', 'answer', 'cancel', 'refund', 'followup', 'cause', 'close', 'undo'] as const
export type CaseAction = (typeof CASE_ACTIONS)[number]

/** Actions that can be applied to many selected cases at once. */
export const BULK_ACTIONS = ['notify', 'cancel', 'cause', 'undo'] as const
export type BulkAction = (typeof BULK_ACTIONS)[number]

export const QUEUE_SORTS = ['urgency', 'penalty', 'opened', 'updated'] as const
export type QueueSort = (typeof QUEUE_SORTS)[number]

/** open: not closed (the working queue); closed: history; all: both. */
export const QUEUE_SCOPES = ['open', 'closed', 'all'] as const
export type QueueScope = (typeof QUEUE_SCOPES)[number]

/** Which message a template drafts. */
export const TEMPLATE_KINDS = ['notify', 'offer_substitute', 'offer_coupon', 'offer_wait', 'offer_refund', 'refund_done'] as const
export type TemplateKind = (typeof TEMPLATE_KINDS)[number]

/** Placeholders a template may use, written {{name}}. */
export const TEMPLATE_PLACEHOLDERS = [
  'buyerName',
  'product',
  'spec',
  'quantity',
  'orderNo',
  'substitute',
  'coupon',
  'restockDate',
  'refundAmount'
] as const
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number]

export const TEMPLATE_LANGS = ['zh-CN', 'en'] as const
export type TemplateLang = (typeof TEMPLATE_LANGS)[number]

/** What leaving the order neither shipped nor cancelled costs, shown beside the countdown. */
export interface Consequence {
  kind: 'late_compensation' | 'stockout_deduction' | 'shop_score' | 'buyer_dissatisfaction'
  severity: 'critical' | 'warning' | 'info'
  /** key "cases.consequences.<kind>…" with params (…Fen money, …At times, hours). */
  message: EngineMessage
}

/** One row of the queue screen: enough to draw a line and its countdown without another call. */
export interface QueueRow {
  caseId: number
  orderId: number
  platform: Platform
  /** The order's shop (issue #16); null for an order imported before it knew one. */
  shopId: number | null
  shopName: string | null
  orderNo: string
  buyerName: string
  paidFen: number
  /** "保温杯 500ml 白色 ×2；…" */
  itemsSummary: string
  /** Merchant codes of the SKUs the order is short of (as the engine last said). */
  shortSkus: string[]
  step: CaseStep
  situation: Situation
  deadline: string | null
  /** Hours to the deadline from `now`, one decimal, negative when overdue; null without a deadline or once closed. */
  hoursLeft: number | null
  overdue: boolean
  lateFen: number
  stockoutFen: number
  /** The engine's advice while the order is short (null otherwise). */
  recommendation: Recommendation | null
  substituteSku: string | null
  /** When something on the case falls due: the reply-by time, the wait-until date or the follow-up date. */
  dueAt: string | null
  notifiedAt: string | null
  offerKind: OfferKind | null
  answer: Answer | null
  cancelReason: string | null
  refundFen: number | null
  compensationFen: number
  feedback: Feedback | null
  causeCode: string | null
  openedAt: string
  updatedAt: string
  closedAt: string | null
  canUndo: boolean
  consequences: Consequence[]
}

export interface QueuePage {
  now: string
  /** When the engine's results (and so the cases) were last brought up to date. */
  computedAt: string | null
  total: number
  rows: QueueRow[]
}

export interface QueueCounts {
  /** Cases per step under the other filters (step itself ignored), every step present. */
  byStep: Record<CaseStep, number>
  /** Open cases under the filters. */
  open: number
  /** Open cases past their deadline. */
  overdue: number
  /** Open cases whose order became ready, shipped or cancelled without the queue (can be closed without cancelling). */
  resolvedElsewhere: number
  /** Late compensation at stake over the open cases still short. */
  lateFenOpen: number
}

export interface CaseLine {
  lineNo: number
  merchantCode: string
  title: string
  spec: string
  quantity: number
  amountFen: number
  productId: number | null
  sku: string | null
  /** The line's SKU is one the order is short of. */
  short: boolean
  /** The line was moved to a substitute by this case: what it was before. */
  substitutedFrom: { productId: number | null; sku: string | null } | null
}

export interface CaseEvent {
  id: number
  at: string
  /** opened, notified, offered, answered, cancelled, refunded, followed_up, cause_set, closed, undone, situation, reopened. */
  kind: string
  actor: 'user' | 'system' | 'demo'
  /** key "cases.events.<kind>…", params raw (see shared/queue-format.ts to put it into words). */
  message: EngineMessage
  undone: boolean
  /** This event can be undone now (the latest action not yet undone). */
  undoable: boolean
}

export interface CaseActionState {
  allowed: boolean
  /** Why not, as an i18n key under errors (e.g. "errors.case_notify_first"). */
  refusal: string | null
}

export interface QueueCase extends QueueRow {
  order: {
    status: OrderStatus
    afterSale: AfterSaleStatus
    /** Refunded amount the export recorded (退款金额), if it said. */
    refundFen: number | null
    paidAt: string | null
    buyerPhone: string
    buyerNote: string
    lines: CaseLine[]
  }
  /** The engine's view while the order is open. */
  engine: {
    state: 'ready' | 'short' | 'unmapped'
    recommendation: Recommendation | null
    reason: EngineMessage | null
    substitute: { productId: number; sku: string; name: string; spec: string; available: number } | null
    readyAt: string | null
  } | null
  notify: { at: string; channel: NotifyChannel } | null
  offer: {
    kind: OfferKind
    at: string
    productId: number | null
    substitute: { productId: number; sku: string; name: string; spec: string } | null
    couponFen: number | null
    waitUntil: string | null
    refundFen: number | null
    note: string
  } | null
  reply: {
    answer: Answer
    at: string
    waitUntil: string | null
    replyBy: string | null
    /** For will_wait: the date is after the deadline (late compensation applies), and whether restock is expected by then. */
    waitPastDeadline: boolean | null
    restockByWaitDate: boolean | null
  } | null
  cancel: { at: string; reasonId: number | null; reason: string } | null
  refund: { at: string; refundFen: number; compensationFen: number; full: boolean } | null
  followup: { at: string; feedback: Feedback; note: string; followUpAt: string | null } | null
  cause: {
    at: string
    code: string
    labelZh: string
    labelEn: string
    supplierId: number | null
    supplierName: string | null
    note: string
  } | null
  /** Default refund: what the buyer paid. */
  refundDefaultFen: number
  allowed: Record<CaseAction, CaseActionState>
  /** Which answers can be recorded now (allowed.answer is true when any can). */
  answers: Record<Answer, CaseActionState>
  timeline: CaseEvent[]
}

export interface BulkResult {
  done: number
  refused: { caseId: number; orderNo: string; messageKey: string; params: Record<string, string | number> }[]
}

export interface CancelReason {
  id: number
  platform: Platform
  code: string
  label: string
  labelEn: string
  position: number
  archived: boolean
}

export interface StockoutCause {
  code: string
  labelZh: string
  labelEn: string
  builtin: boolean
  position: number
  archived: boolean
  /** Cases (open or closed) that carry this cause. */
  cases: number
}

export interface MessageTemplate {
  id: number
  kind: TemplateKind
  lang: TemplateLang
  name: string
  body: string
  /** Shipped with the app (can be reset); null for the user's own. */
  preset: string | null
  edited: boolean
  updatedAt: string
}

export interface DraftMessage {
  templateId: number
  /** The template used: its name, and its preset code (kind.lang) when it is one the app ships, null for the merchant's own. */
  templateName: string
  preset: string | null
  kind: TemplateKind
  lang: TemplateLang
  /** The message, ready to paste: never a raw {{placeholder}} (see shared/template-text.ts for what happens to a missing value). */
  text: string
  /** Placeholders the template uses that this case has a value for. */
  filled: TemplatePlaceholder[]
  /** Placeholders with no value for this case, left out of the text with their phrase. */
  dropped: TemplatePlaceholder[]
  /** Names in the template that are not placeholders (only in text stored before saving checked them), left out too. */
  unknown: string[]
  values: Partial<Record<TemplatePlaceholder, string>>
  /** Nothing was left out. */
  complete: boolean
}

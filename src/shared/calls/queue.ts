// The cancellation queue (issue #5): one case per short order, walked through the
// merchant's steps. Every step call returns the whole case (its step, what is
// allowed next, its timeline) so a screen can redraw from the answer alone.
import { z } from 'zod'
import type {
  BulkResult,
  CancelReason,
  DraftMessage,
  MessageTemplate,
  QueueCase,
  QueueCounts,
  QueuePage,
  StockoutCause
} from '../queue-types'
import {
  ANSWERS,
  BULK_ACTIONS,
  CASE_STEPS,
  FEEDBACKS,
  NOTIFY_CHANNELS,
  OFFER_KINDS,
  QUEUE_SCOPES,
  QUEUE_SORTS,
  TEMPLATE_KINDS,
  TEMPLATE_LANGS
} from '../queue-types'
import type { PlaceholderInfo } from '../template-placeholders'
import type { ExportFile } from '../types'
import { PLATFORMS } from '../types'
import { isoInstant } from './engine'
import { call, exportFormat, exportLang, fen, id, offset, text } from './define'

/** A stockout cause's stable code: lower-case letters, digits and _, starting with a letter. */
export const causeCode = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(/^[a-z][a-z0-9_]*$/, 'cause_code')

const note = text(1000).default('')

/** The filters the list, the counts and the export share (the counts are per step, so they take no step). */
const baseFilters = {
  scope: z.enum(QUEUE_SCOPES).default('open'),
  platform: z.enum(PLATFORMS).nullable().default(null),
  cause: causeCode.nullable().default(null),
  /** true: only cases past their deadline; false: only those not past it; null: both. */
  overdue: z.boolean().nullable().default(null),
  /** Order number, buyer, a line's merchant code or title, or its SKU's code or name contains this. */
  search: text(200).default(''),
  /** Only cases whose order has a line of this SKU. */
  productId: id.nullable().default(null),
  /** Only this shop's orders (an order with no shop never matches one). */
  shopId: id.nullable().default(null)
}
const filters = { ...baseFilters, step: z.enum(CASE_STEPS).nullable().default(null) }

export const queueCalls = {
  /** One page of cases, most urgent first by default (deadline, then order). Pages of up to 1000 for a virtualized list. */
  'queue.list': call<QueuePage>()(
    z.strictObject({
      ...filters,
      sort: z.enum(QUEUE_SORTS).default('urgency'),
      offset,
      limit: z.number().int().min(1).max(1000).default(200)
    })
  ),
  /** Cases per step (for the step tabs) and the totals beside them, under the same filters. */
  'queue.counts': call<QueueCounts>()(z.strictObject(baseFilters)),
  /** One case with its order, the engine's view, every step's record, what is allowed next and the timeline. By id or by order number. */
  'queue.get': call<QueueCase>()(
    z
      .strictObject({
        caseId: id.nullable().default(null),
        orderNo: text(64).trim().min(1).nullable().default(null),
        platform: z.enum(PLATFORMS).nullable().default(null)
      })
      .refine((v) => (v.caseId === null) !== (v.orderNo === null), { message: 'case_or_order', path: ['caseId'] })
  ),
  /** The buyer's message from a template, filled in for this case. A value the case lacks is left out with its phrase (never a raw {{placeholder}}) and listed in `dropped`. */
  'queue.draft': call<DraftMessage>()(
    z.strictObject({
      caseId: id,
      /** A template by id, or the preset of a kind; neither: the kind that fits the case. */
      templateId: id.nullable().default(null),
      kind: z.enum(TEMPLATE_KINDS).nullable().default(null),
      lang: z.enum(TEMPLATE_LANGS).default('zh-CN')
    })
  ),
  /** Step 1: the buyer was told (when, by which channel, optionally the text sent). */
  'queue.notify': call<QueueCase>()(
    z.strictObject({
      caseId: id,
      channel: z.enum(NOTIFY_CHANNELS).default('platform_chat'),
      /** When the buyer was told, if not just now (never in the future). */
      at: isoInstant.nullable().default(null),
      message: text(4000).default('')
    })
  ),
  /** Step 2: the solution offered, with its terms (substitute SKU, coupon amount, wait-until date or refund amount). */
  'queue.offer': call<QueueCase>()(
    z.strictObject({
      caseId: id,
      kind: z.enum(OFFER_KINDS),
      /** substitute: the SKU offered (default: the engine's suggestion). */
      substituteId: id.nullable().default(null),
      /** coupon: the compensation offered, in fen. */
      couponFen: fen.nullable().default(null),
      /** wait: the date the buyer is asked to wait until. */
      waitUntil: isoInstant.nullable().default(null),
      /** refund: the amount to refund (default: what the buyer paid). */
      refundFen: fen.nullable().default(null),
      note
    })
  ),
  /** Step 3: the buyer's answer. accepted_substitute moves the order's short lines to the substitute; will_wait needs waitUntil; no_reply needs replyBy. */
  'queue.answer': call<QueueCase>()(
    z.strictObject({
      caseId: id,
      answer: z.enum(ANSWERS),
      waitUntil: isoInstant.nullable().default(null),
      replyBy: isoInstant.nullable().default(null),
      note
    })
  ),
  /** Step 4: the owner cancelled the order in the platform's back office with this reason; the order is cancelled here too. */
  'queue.cancel': call<QueueCase>()(z.strictObject({ caseId: id, reasonId: id, note })),
  /** Step 5: the refund confirmed (default what the buyer paid; never more), and any compensation paid separately. */
  'queue.refund': call<QueueCase>()(
    z.strictObject({ caseId: id, refundFen: fen.nullable().default(null), compensationFen: fen.default(0), note })
  ),
  /** Step 6: how the buyer took it, and when to check again if needed. */
  'queue.followup': call<QueueCase>()(
    z.strictObject({ caseId: id, feedback: z.enum(FEEDBACKS), note, followUpAt: isoInstant.nullable().default(null) })
  ),
  /** Step 7: why the stock ran out (mandatory to close), with the supplier concerned. */
  'queue.cause': call<QueueCase>()(z.strictObject({ caseId: id, cause: causeCode, supplierId: id.nullable().default(null), note })),
  'queue.close': call<QueueCase>()(z.strictObject({ caseId: id, note })),
  /** Undoes the case's last action not yet undone (again for the one before), restoring the case, the order and its lines exactly. */
  'queue.undo': call<QueueCase>()(z.strictObject({ caseId: id })),
  /** One action on many selected cases; each case is checked on its own and the refused ones are listed. */
  'queue.bulk': call<BulkResult>()(
    z.strictObject({
      caseIds: z.array(id).min(1).max(50_000),
      action: z.enum(BULK_ACTIONS),
      channel: z.enum(NOTIFY_CHANNELS).default('platform_chat'),
      /** cancel: a reason by id (one platform's), or by its preset code on each case's platform (default out_of_stock). */
      reasonId: id.nullable().default(null),
      reasonCode: z.string().trim().min(1).max(40).nullable().default(null),
      cause: causeCode.nullable().default(null),
      supplierId: id.nullable().default(null),
      note
    })
  ),

  'queue.reasons.list': call<CancelReason[]>()(
    z.strictObject({ platform: z.enum(PLATFORMS).nullable().default(null), includeArchived: z.boolean().default(false) })
  ),
  /** Adds a reason to a platform's list (no id) or edits one; `position` places it (0 = first). */
  'queue.reasons.save': call<CancelReason>()(
    z.strictObject({
      id: id.nullable().default(null),
      platform: z.enum(PLATFORMS),
      label: text(100).trim().min(1),
      labelEn: text(100).trim().default(''),
      position: z.number().int().min(0).max(1000).nullable().default(null)
    })
  ),
  /** Hides a reason from the list (cases that used it keep its words). */
  'queue.reasons.archive': call<CancelReason>()(z.strictObject({ id, archived: z.boolean().default(true) })),

  'queue.causes.list': call<StockoutCause[]>()(z.strictObject({ includeArchived: z.boolean().default(false) })),
  /** Adds a cause (a new code) or relabels one; codes never change once used. */
  'queue.causes.save': call<StockoutCause>()(
    z.strictObject({ code: causeCode, labelZh: text(100).trim().min(1), labelEn: text(100).trim().min(1) })
  ),
  /** Hides a cause the user added from the pick list (cases keep it). */
  'queue.causes.archive': call<StockoutCause>()(z.strictObject({ code: causeCode, archived: z.boolean().default(true) })),

  'queue.templates.list': call<MessageTemplate[]>()(z.strictObject({})),
  /** The placeholders a template may use: canonical name, the name to type and the chip label in each language, accepted aliases. */
  'queue.templates.placeholders': call<PlaceholderInfo[]>()(z.strictObject({})),
  /**
   * Edits a template (id) or adds the user's own (no id). Placeholders may be typed with their Chinese or English
   * names and are stored with the English one; an unknown name, a stray {{ or }} and unpaired [[ ]] are refused.
   */
  'queue.templates.save': call<MessageTemplate>()(
    z.strictObject({
      id: id.nullable().default(null),
      kind: z.enum(TEMPLATE_KINDS),
      lang: z.enum(TEMPLATE_LANGS),
      name: text(100).trim().min(1),
      body: text(4000).trim().min(1)
    })
  ),
  /** Puts a preset template's text back as shipped. */
  'queue.templates.reset': call<MessageTemplate>()(z.strictObject({ id })),
  /** Deletes the user's own template (presets can only be reset). */
  'queue.templates.delete': call<{ deleted: boolean }>()(z.strictObject({ id })),

  /** The queue under the same filters as a file for batch work in the back office (formula-safe). */
  'export.queue': call<ExportFile>()(z.strictObject({ format: exportFormat, lang: exportLang, ...filters }))
} as const

// The stockout engine (issue #4): allocation, triage with recommendations,
// alerts, reorder suggestions, incoming stock and platform rules. Screens read the
// stored results of the last recompute; `now` on a read call is a what-if that
// computes as of that moment and stores nothing.
import { z } from 'zod'
import type {
  AlertsData,
  EngineSummary,
  IncomingRow,
  OrderTriage,
  PlatformRule,
  PositionsPage,
  ReorderPlan,
  TriagePage
} from '../engine-types'
import { INCOMING_STATUSES, ORDER_STATES, RECOMMENDATIONS } from '../engine-types'
import type { ExportFile, Movement, Page } from '../types'
import { PLATFORMS } from '../types'
import { call, exportFormat, exportLang, fen, id, limit, offset, sortDir, text } from './define'

/** A moment with an explicit zone (Z or ±hh:mm), e.g. 2026-11-27T14:00+08:00; passed on as UTC ISO. */
export const isoInstant = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/, 'iso_time')
  .refine((s) => {
    const t = Date.parse(s)
    return Number.isFinite(t) && t >= Date.UTC(2000, 0, 1) && t < Date.UTC(2100, 0, 1)
  }, 'iso_time')
  .transform((s) => new Date(s).toISOString())

/** What-if moment for read calls; null reads the stored results as of the last recompute. */
const whatIf = isoInstant.nullable().default(null)

/** urgency: the allocation queue's order (deadline first, then paid time, then order number). */
export const TRIAGE_SORTS = ['urgency', 'penalty', 'paidAt'] as const
export const POSITION_FILTERS = ['all', 'short', 'below_safety', 'run_out', 'reorder', 'incoming'] as const
export const POSITION_SORTS = ['merchantCode', 'available', 'waitingUnits', 'daysOfCover', 'suggestedQty', 'runOutAt'] as const

const penalty = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('fixed'), fixedFen: fen }),
  z.strictObject({
    kind: z.literal('percent'),
    /** Basis points of the amount paid: 1000 = 10%. */
    percentBp: z.number().int().min(0).max(10_000),
    minFen: fen.default(0),
    maxFen: fen.nullable().default(null)
  })
])

const incomingFields = {
  quantity: z.number().int().min(1).max(1_000_000),
  expectedAt: isoInstant,
  supplierId: id.nullable().optional(),
  note: text(500).default('')
}

export const engineCalls = {
  /** Recomputes allocation, triage, alerts and reorder figures now and stores them (the app also does this after every change). */
  'engine.recompute': call<EngineSummary>()(z.strictObject({})),
  'engine.summary': call<EngineSummary>()(z.strictObject({})),
  /** The Alerts screen: totals and each kind of alert, most urgent first (`limit` items per kind). */
  'engine.alerts': call<AlertsData>()(
    z.strictObject({
      now: whatIf,
      limit: z.number().int().min(1).max(1000).default(20),
      /** Order alerts (short, overdue, unmapped, the orders behind a SKU) for this shop only; stock alerts stay shop-wide (stock is shared). */
      shopId: id.nullable().default(null)
    })
  ),
  /** Open orders with their state, deadline, penalty and recommendation. */
  'engine.triage': call<TriagePage>()(
    z.strictObject({
      now: whatIf,
      state: z.enum(ORDER_STATES).nullable().default(null),
      recommendation: z.enum(RECOMMENDATIONS).nullable().default(null),
      platform: z.enum(PLATFORMS).nullable().default(null),
      productId: id.nullable().default(null),
      /** Only this shop's orders (an order with no shop never matches one). */
      shopId: id.nullable().default(null),
      /** Only these orders, e.g. to show the state of a page of the order list. */
      orderIds: z.array(id).max(1000).nullable().default(null),
      search: text(200).default(''),
      sort: z.enum(TRIAGE_SORTS).default('urgency'),
      offset,
      limit
    })
  ),
  /** One open order's triage with its lines: what each needs, holds, lacks, and what could cover it. */
  'engine.order': call<OrderTriage>()(z.strictObject({ orderId: id, now: whatIf })),
  /** Per SKU: on hand, allocated, available to promise, waiting and incoming units, demand and cover. */
  'engine.positions': call<PositionsPage>()(
    z.strictObject({
      search: text(200).default(''),
      filter: z.enum(POSITION_FILTERS).default('all'),
      supplierId: id.nullable().default(null),
      sort: z.enum(POSITION_SORTS).default('merchantCode'),
      dir: sortDir,
      offset,
      limit
    })
  ),
  /** Reorder suggestions grouped by supplier, each figure with its formula and inputs. */
  'engine.reorder': call<ReorderPlan>()(
    z.strictObject({
      supplierId: id.nullable().default(null),
      includeZero: z.boolean().default(false),
      /** The SKU's code or name, or the supplier's name, contains this. */
      search: text(200).default('')
    })
  ),
  /** The reorder list as the screen shows it (same supplier, search and zero-quantity choice). */
  'export.reorder': call<ExportFile>()(
    z.strictObject({
      format: exportFormat,
      lang: exportLang,
      supplierId: id.nullable().default(null),
      includeZero: z.boolean().default(false),
      search: text(200).default('')
    })
  ),

  'incoming.list': call<Page<IncomingRow>>()(
    z.strictObject({
      status: z.enum(INCOMING_STATUSES).nullable().default('open'),
      productId: id.nullable().default(null),
      /** The SKU's code or name, the supplier's name or the note contains this. */
      search: text(200).default(''),
      offset,
      limit
    })
  ),
  'incoming.get': call<IncomingRow>()(z.strictObject({ id })),
  /** Stock ordered from a supplier and not yet here. The supplier defaults to the SKU's. */
  'incoming.add': call<IncomingRow>()(
    z.strictObject({ productId: id, orderedAt: isoInstant.nullable().default(null), ...incomingFields })
  ),
  'incoming.update': call<IncomingRow>()(z.strictObject({ id, ...incomingFields })),
  'incoming.cancel': call<IncomingRow>()(z.strictObject({ id, reason: text(500).default('') })),
  /** The delivery arrived: a 'receive' movement in the ledger (the quantity actually received, default the expected one). */
  'incoming.receive': call<{ incoming: IncomingRow; movement: Movement }>()(
    z.strictObject({ id, quantity: z.number().int().min(1).max(1_000_000).nullable().default(null) })
  ),

  'rules.list': call<PlatformRule[]>()(z.strictObject({})),
  /** Creates a rule (no id) or edits one; a preset keeps its code and can be reset. */
  'rules.save': call<PlatformRule>()(
    z.strictObject({
      id: id.nullable().default(null),
      platform: z.enum(PLATFORMS),
      name: text(100).trim().min(1),
      shipWindowHours: z.number().int().min(1).max(720),
      late: penalty,
      stockout: penalty,
      source: text(1000).default(''),
      sourceDate: z
        .string()
        .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date')
        .nullable()
        .default(null),
      activate: z.boolean().default(false)
    })
  ),
  /** Makes a rule the one its platform uses (one active rule per platform). */
  'rules.activate': call<PlatformRule[]>()(z.strictObject({ id })),
  /** Puts a preset's figures and source back as shipped. */
  'rules.reset': call<PlatformRule>()(z.strictObject({ id })),
  /** Deletes the user's own rule (not a preset, not the active one). */
  'rules.delete': call<{ deleted: boolean }>()(z.strictObject({ id }))
} as const

// The supply-chain review (issue #6): one call for everything the screen draws,
// the cases behind a bar, and a chart's rows as a file. Dates are the shop's
// calendar days (Settings › time zone); with neither `from` nor `to` the range is
// the last `days` days, today included.
import { z } from 'zod'
import type { ReviewCasePage, ReviewData } from '../review-types'
import { REVIEW_CHARTS, REVIEW_MAX_DAYS } from '../review-types'
import type { ExportFile } from '../types'
import { PLATFORMS } from '../types'
import { call, exportFormat, exportLang, id, offset, text } from './define'
import { causeCode } from './queue'

/** A calendar day, "2026-11-26", that exists. */
export const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number]
    const t = new Date(Date.UTC(y, m - 1, d))
    return y >= 2000 && y < 2100 && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
  }, 'date')

const filters = {
  /** The last N days, today included; used when `from` is not given. */
  days: z.number().int().min(1).max(REVIEW_MAX_DAYS).default(30),
  from: calendarDay.nullable().default(null),
  /** Last day included; default today. */
  to: calendarDay.nullable().default(null),
  platform: z.enum(PLATFORMS).nullable().default(null),
  /** Cases whose cause names this supplier; deliveries from it. */
  supplierId: id.nullable().default(null),
  cause: causeCode.nullable().default(null),
  /** Only cases (and orders counted) of this shop. */
  shopId: id.nullable().default(null),
  /** Only cases whose order matches: order no., buyer, a line's merchant code or title, its SKU's code or name. */
  search: text(200).default('')
}

const ordered = <T extends { from: string | null; to: string | null }>(v: T): boolean => v.from === null || v.to === null || v.from <= v.to
const rangeOrder = { message: 'range_order', path: ['from'] }

/** Which bar's cases to list. */
const bar = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('all') }),
    z.strictObject({ kind: z.literal('cause'), code: causeCode }),
    /** null: the cases with no supplier named. */
    z.strictObject({ kind: z.literal('supplier'), supplierId: id.nullable() }),
    z.strictObject({ kind: z.literal('sku'), productId: id }),
    /** The week starting this Monday. */
    z.strictObject({ kind: z.literal('week'), week: calendarDay })
  ])
  .default({ kind: 'all' })

export const reviewCalls = {
  /** Everything the review screen draws, under its filters: summary, causes, trend, suppliers, SKUs, money. */
  'review.data': call<ReviewData>()(z.strictObject(filters).refine(ordered, rangeOrder)),
  /** The cases behind a bar (the screen's filters still apply), newest first. */
  'review.cases': call<ReviewCasePage>()(
    z
      .strictObject({ ...filters, bar, offset, limit: z.number().int().min(1).max(1000).default(200) })
      .refine(ordered, rangeOrder)
  ),
  /** One chart's rows as a file for Excel (formula-safe), headers in the given language. */
  'export.report': call<ExportFile>()(
    z
      .strictObject({
        ...filters,
        chart: z.enum(REVIEW_CHARTS),
        format: exportFormat,
        lang: exportLang,
        /** The causes Pareto's rows in the order on screen: by cases, or by money lost (each cumulative share then reads down the file). */
        order: z.enum(['cases', 'money']).default('cases')
      })
      .refine(ordered, rangeOrder)
  )
} as const

// The cause suggested for a case, with its evidence (issue 16 point 5), and how
// often the merchant confirmed the suggestions (the review's figure).
import { z } from 'zod'
import type { CauseSuggestion, SuggestionCounts } from '../cause-suggest-types'
import { REVIEW_MAX_DAYS } from '../review-types'
import { PLATFORMS } from '../types'
import { call, id } from './define'
import { calendarDay } from './review'

export const causeSuggestCalls = {
  /** The likely cause of a case's stockout with the facts that point to it, or null when the data shows none. */
  'queue.suggestCause': call<CauseSuggestion | null>()(z.strictObject({ caseId: id })),
  /** Of the cases opened in the range whose cause was recorded with a suggestion: how many took it, how many chose another. */
  'review.suggestions': call<SuggestionCounts>()(
    z
      .strictObject({
        days: z.number().int().min(1).max(REVIEW_MAX_DAYS).default(30),
        from: calendarDay.nullable().default(null),
        to: calendarDay.nullable().default(null),
        platform: z.enum(PLATFORMS).nullable().default(null),
        /** One shop's cases only (issue 16 point 1); null is every shop. */
        shopId: id.nullable().default(null)
      })
      .refine((v) => v.from === null || v.to === null || v.from <= v.to, { message: 'range_order', path: ['from'] })
  )
}

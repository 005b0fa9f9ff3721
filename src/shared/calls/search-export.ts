// Issue 14, point 4 (finding and exporting): the parts of the contract it adds.
// The search itself is a `search` field on each list's call; what lives here is the
// 待发货 view an orders export can take, so the file holds what that list shows.
import { z } from 'zod'
import { ORDER_STATES, RECOMMENDATIONS } from '../engine-types'
import { isoInstant, TRIAGE_SORTS } from './engine'

/** The engine's filters of the 待发货 list: state (缺货 = short), recommendation, sort and the what-if moment. */
export const triageView = z.strictObject({
  now: isoInstant.nullable().default(null),
  state: z.enum(ORDER_STATES).nullable().default(null),
  recommendation: z.enum(RECOMMENDATIONS).nullable().default(null),
  sort: z.enum(TRIAGE_SORTS).default('urgency')
})

/** The export views the CLI names: all orders, the 待发货 list, or its 缺货 part. */
export const EXPORT_VIEWS = ['all', 'awaiting', 'short'] as const

// Issue #11: the merchant's own meanings for order-status texts (per platform), and bundles (组合装):
// a shop code that ships several stock SKUs × quantity.
import { z } from 'zod'
import type { Bundle, StatusMeaningRow } from '../types'
import { ORDER_STATUSES, PLATFORMS } from '../types'
import { call, merchantCode, text } from './define'

export const statusText = text(100).trim().min(1)
export const MAX_BUNDLE_PARTS = 20

export const vocabularyCalls = {
  'statuses.list': call<StatusMeaningRow[]>()(z.strictObject({})),
  'statuses.set': call<StatusMeaningRow>()(
    z.strictObject({ platform: z.enum(PLATFORMS), text: statusText, status: z.enum(ORDER_STATUSES) })
  ),
  'statuses.remove': call<{ deleted: boolean }>()(z.strictObject({ platform: z.enum(PLATFORMS), text: statusText })),
  'bundles.list': call<Bundle[]>()(z.strictObject({})),
  /** Creates or replaces a bundle; parts name stock SKUs by merchant code. */
  'bundles.set': call<Bundle>()(
    z.strictObject({
      code: merchantCode,
      name: text(200).trim().default(''),
      parts: z
        .array(z.strictObject({ merchantCode, quantity: z.number().int().min(1).max(10_000) }))
        .min(1)
        .max(MAX_BUNDLE_PARTS)
    })
  ),
  'bundles.remove': call<{ deleted: boolean }>()(z.strictObject({ code: merchantCode }))
} as const

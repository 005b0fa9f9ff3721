// Shops (issue #16 point 1): list, add, rename, merge, set default, and the rule a shop uses.
import { z } from 'zod'
import type { ShopMergeResult, ShopRow } from '../shop-types'
import { PLATFORMS } from '../types'
import { call, id } from './define'

/** A shop's name as typed; the core trims it and refuses an empty, too long or taken one with its own message. */
export const shopName = z.string().max(200)

export const shopCalls = {
  'shops.list': call<ShopRow[]>()(z.strictObject({})),
  'shops.add': call<ShopRow>()(z.strictObject({ platform: z.enum(PLATFORMS), name: shopName })),
  'shops.rename': call<ShopRow>()(z.strictObject({ shopId: id, name: shopName })),
  'shops.merge': call<ShopMergeResult>()(z.strictObject({ fromId: id, intoId: id })),
  'shops.setDefault': call<ShopRow>()(z.strictObject({ shopId: id })),
  /** ruleId null: the shop goes by its platform's active rule. */
  'shops.setRule': call<ShopRow>()(z.strictObject({ shopId: id, ruleId: id.nullable() }))
} as const

// Shops (issue #16 point 1): list, add, rename, merge, set default, and the rule a shop uses.
import { z } from 'zod'
import type { ShopRow } from '../shop-types'
import { PLATFORMS } from '../types'
import { call, id } from './define'

/** A shop's name: trimmed, 1–60 characters (the table's CHECK says the same). */
export const shopName = z.string().trim().min(1, 'shop_name_empty').max(60, 'shop_name_too_long')

export const shopCalls = {
  'shops.list': call<ShopRow[]>()(z.strictObject({}))
} as const

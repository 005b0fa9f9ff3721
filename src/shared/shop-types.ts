// Shops (issue #16): a platform plus a name; several shops draw on one stock room.
import type { Platform } from './types'

export interface ShopRow {
  id: number
  platform: Platform
  name: string
  isDefault: boolean
  /** How many orders belong to the shop. */
  orders: number
  /** How many order imports went to the shop. */
  batches: number
  /** The rule this shop uses instead of its platform's active one; null = same as the platform. */
  ruleId: number | null
}

/** What a merge moved into the shop that stays. */
export interface ShopMergeResult {
  into: ShopRow
  movedOrders: number
  movedBatches: number
}

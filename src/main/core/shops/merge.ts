// Merging two shops of one platform (the merchant created a shop twice, or an import named the
// same store differently): the merged shop's orders and import batches move into the target,
// its rule override goes with it when the target has none, and it is deleted — all or nothing.
import { AppError } from '../../../shared/errors'
import type { ShopMergeResult } from '../../../shared/shop-types'
import { recordAudit } from '../audit'
import type { CoreContext } from '../context'
import { prepared } from '../db/prepared'
import { requireShop } from './manage'

export function mergeShops(ctx: CoreContext, fromId: number, intoId: number): ShopMergeResult {
  return ctx.db
    .transaction(() => {
      if (fromId === intoId) throw new AppError('invalid_input', {}, 'intoId', 'shops.errors.mergeSelf')
      const from = requireShop(ctx, fromId)
      const into = requireShop(ctx, intoId)
      if (from.platform !== into.platform)
        throw new AppError('invalid_input', { from: from.name, into: into.name }, 'intoId', 'shops.errors.mergePlatform')
      const movedOrders = prepared(ctx.db, 'UPDATE orders SET shop_id = ? WHERE shop_id = ?').run(intoId, fromId).changes
      const movedBatches = prepared(ctx.db, 'UPDATE import_batches SET shop_id = ? WHERE shop_id = ?').run(intoId, fromId).changes
      // The target keeps its own rule; without one, it takes the merged shop's so those orders keep their deadlines.
      if (into.ruleId === null && from.ruleId !== null)
        prepared(ctx.db, 'INSERT INTO shop_rules (shop_id, rule_id) VALUES (?, ?)').run(intoId, from.ruleId)
      prepared(ctx.db, 'DELETE FROM shop_rules WHERE shop_id = ?').run(fromId)
      prepared(ctx.db, 'DELETE FROM shops WHERE id = ?').run(fromId)
      if (from.isDefault) prepared(ctx.db, 'UPDATE shops SET is_default = 1 WHERE id = ?').run(intoId)
      recordAudit(ctx, 'shops.merge', 'shop', intoId, { from: from.name, into: into.name, movedOrders, movedBatches })
      return { into: requireShop(ctx, intoId), movedOrders, movedBatches }
    })
    .immediate()
}

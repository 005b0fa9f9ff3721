// The rule a shop uses: another of its platform's rules than the platform's active one, or
// none ("same as the platform"). The engine reads it per order (engine/rules.ts).
import { AppError } from '../../../shared/errors'
import type { ShopRow } from '../../../shared/shop-types'
import { recordAudit } from '../audit'
import type { CoreContext } from '../context'
import { prepared } from '../db/prepared'
import { requireShop } from './manage'

export function setShopRule(ctx: CoreContext, shopId: number, ruleId: number | null): ShopRow {
  return ctx.db
    .transaction(() => {
      const shop = requireShop(ctx, shopId)
      if (ruleId !== null) {
        const rule = prepared(ctx.db, 'SELECT platform FROM platform_rules WHERE id = ?').get(ruleId) as { platform: string } | undefined
        if (!rule) throw new AppError('not_found', { id: ruleId }, 'ruleId', 'shops.errors.ruleNotFound')
        if (rule.platform !== shop.platform) throw new AppError('invalid_input', {}, 'ruleId', 'shops.errors.rulePlatform')
        prepared(ctx.db, 'INSERT INTO shop_rules (shop_id, rule_id) VALUES (?, ?) ON CONFLICT (shop_id) DO UPDATE SET rule_id = excluded.rule_id').run(
          shopId,
          ruleId
        )
      } else prepared(ctx.db, 'DELETE FROM shop_rules WHERE shop_id = ?').run(shopId)
      recordAudit(ctx, 'shops.rule', 'shop', shopId, { name: shop.name, ruleId })
      return requireShop(ctx, shopId)
    })
    .immediate()
}

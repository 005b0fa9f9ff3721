import type { ParsedInput } from '../../../shared/contract'
import { AppError } from '../../../shared/errors'
import type { Platform, SkuMapping } from '../../../shared/types'
import { recordAudit } from '../audit'
import { isoNow, type CoreContext } from '../context'
import { prepared } from '../db/prepared'

// A platform's merchant code that is not one of the shop's codes, mapped once to
// a product: later imports resolve it, and existing unmapped lines are linked now.
const SELECT = `
  SELECT m.id, m.platform, m.platform_code AS code, m.product_id AS productId, p.merchant_code AS merchantCode, p.name AS productName,
    (SELECT COUNT(*) FROM order_lines l JOIN orders o ON o.id = l.order_id
      WHERE o.platform = m.platform AND l.merchant_code = m.platform_code AND l.product_id = m.product_id) AS linkedLines
  FROM sku_mappings m JOIN products p ON p.id = m.product_id`

export function listSkuMappings(ctx: CoreContext): SkuMapping[] {
  return prepared(ctx.db, `${SELECT} ORDER BY m.platform, m.platform_code`).all() as SkuMapping[]
}

export function saveSkuMapping(ctx: CoreContext, input: ParsedInput<'skuMappings.save'>): SkuMapping {
  return ctx.db
    .transaction(() => {
      if (!prepared(ctx.db, 'SELECT 1 FROM products WHERE id = ?').get(input.productId)) {
        throw new AppError('not_found', { entity: 'product', id: input.productId }, 'productId')
      }
      prepared(
        ctx.db,
        `INSERT INTO sku_mappings (platform, platform_code, product_id, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(platform, platform_code) DO UPDATE SET product_id = excluded.product_id`
      ).run(input.platform, input.code, input.productId, isoNow(ctx))
      // Re-link lines that carry this code and are unmapped or were mapped by an earlier mapping
      // (never lines whose code is itself a product's merchant code).
      const relinked = prepared(
        ctx.db,
        `UPDATE order_lines SET product_id = ?
         WHERE merchant_code = ? AND order_id IN (SELECT id FROM orders WHERE platform = ?)
           AND NOT EXISTS (SELECT 1 FROM products p WHERE p.merchant_code = order_lines.merchant_code)`
      ).run(input.productId, input.code, input.platform).changes
      recordAudit(ctx, 'sku_mapping.save', 'sku_mapping', `${input.platform}:${input.code}`, { productId: input.productId, relinked })
      return prepared(ctx.db, `${SELECT} WHERE m.platform = ? AND m.platform_code = ?`).get(input.platform, input.code) as SkuMapping
    })
    .immediate()
}

export function deleteSkuMapping(ctx: CoreContext, platform: Platform, code: string): { deleted: boolean } {
  return ctx.db
    .transaction(() => {
      const { changes } = prepared(ctx.db, 'DELETE FROM sku_mappings WHERE platform = ? AND platform_code = ?').run(platform, code)
      if (changes) {
        prepared(
          ctx.db,
          `UPDATE order_lines SET product_id = NULL WHERE merchant_code = ? AND order_id IN (SELECT id FROM orders WHERE platform = ?)
             AND NOT EXISTS (SELECT 1 FROM products p WHERE p.merchant_code = order_lines.merchant_code)`
        ).run(code, platform)
        recordAudit(ctx, 'sku_mapping.delete', 'sku_mapping', `${platform}:${code}`)
      }
      return { deleted: changes > 0 }
    })
    .immediate()
}

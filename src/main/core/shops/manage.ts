// Adding, renaming and choosing the default shop. Each write is one transaction with its audit entry.
import { AppError } from '../../../shared/errors'
import type { ShopRow } from '../../../shared/shop-types'
import type { Platform } from '../../../shared/types'
import { recordAudit } from '../audit'
import { isoNow, type CoreContext } from '../context'
import { prepared } from '../db/prepared'
import { getShop } from './list'
import { checkShopName, DEFAULT_SHOP_NAME } from './names'

/** The shop, or not_found (a shop another window merged away). */
export function requireShop(ctx: CoreContext, id: number): ShopRow {
  const shop = getShop(ctx.db, id)
  if (!shop) throw new AppError('not_found', { id }, 'shopId', 'shops.errors.notFound')
  return shop
}

/** Inserts a shop (the first of its platform becomes the default). No transaction or audit: callers add them. */
export function insertShop(ctx: CoreContext, platform: Platform, name: string): number {
  const hasDefault = prepared(ctx.db, 'SELECT 1 FROM shops WHERE platform = ? AND is_default = 1').get(platform) !== undefined
  return Number(
    prepared(ctx.db, 'INSERT INTO shops (platform, name, is_default, created_at) VALUES (?, ?, ?, ?)').run(
      platform,
      name,
      hasDefault ? 0 : 1,
      isoNow(ctx)
    ).lastInsertRowid
  )
}

/** The platform's default shop, created under its default name when the platform has none yet (orders always have a shop). */
export function defaultShopId(ctx: CoreContext, platform: Platform): number {
  const found = prepared(ctx.db, 'SELECT id FROM shops WHERE platform = ? AND is_default = 1').get(platform) as { id: number } | undefined
  if (found) return found.id
  const named = prepared(ctx.db, 'SELECT id FROM shops WHERE platform = ? AND name = ?').get(platform, DEFAULT_SHOP_NAME[platform]) as
    | { id: number }
    | undefined
  return named?.id ?? insertShop(ctx, platform, DEFAULT_SHOP_NAME[platform])
}

export function addShop(ctx: CoreContext, platform: Platform, rawName: string): ShopRow {
  return ctx.db
    .transaction(() => {
      const name = checkShopName(ctx.db, platform, rawName)
      const id = insertShop(ctx, platform, name)
      recordAudit(ctx, 'shops.add', 'shop', id, { platform, name })
      return requireShop(ctx, id)
    })
    .immediate()
}

export function renameShop(ctx: CoreContext, id: number, rawName: string): ShopRow {
  return ctx.db
    .transaction(() => {
      const shop = requireShop(ctx, id)
      const name = checkShopName(ctx.db, shop.platform, rawName, id)
      prepared(ctx.db, 'UPDATE shops SET name = ? WHERE id = ?').run(name, id)
      recordAudit(ctx, 'shops.rename', 'shop', id, { from: shop.name, to: name })
      return requireShop(ctx, id)
    })
    .immediate()
}

/** Makes the shop its platform's default (where imports land when nothing else says). */
export function setDefaultShop(ctx: CoreContext, id: number): ShopRow {
  return ctx.db
    .transaction(() => {
      const shop = requireShop(ctx, id)
      if (!shop.isDefault) {
        // The partial unique index allows one default per platform: clear the old one first.
        prepared(ctx.db, 'UPDATE shops SET is_default = 0 WHERE platform = ? AND is_default = 1').run(shop.platform)
        prepared(ctx.db, 'UPDATE shops SET is_default = 1 WHERE id = ?').run(id)
        recordAudit(ctx, 'shops.default', 'shop', id, { platform: shop.platform, name: shop.name })
      }
      return requireShop(ctx, id)
    })
    .immediate()
}

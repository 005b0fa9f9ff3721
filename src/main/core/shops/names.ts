// A shop's name as the merchant types it: trimmed, 1–60 characters, unique per platform.
// Refusals carry their own message keys so the merchant reads why in their language.
import { AppError } from '../../../shared/errors'
import type { Platform } from '../../../shared/types'
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'

export const MAX_SHOP_NAME = 60

/** The name a platform's default shop gets when an import creates it (the same as migration 008). */
export const DEFAULT_SHOP_NAME: Record<Platform, string> = {
  pdd: '拼多多店铺',
  taobao: '淘宝店铺',
  douyin: '抖音小店',
  other: '其他店铺'
}

/** The trimmed name, or a refusal: empty, too long, or already used by another shop of the platform. */
export function checkShopName(db: Db, platform: Platform, raw: string, exceptId: number | null = null): string {
  const name = raw.trim()
  if (name === '') throw new AppError('invalid_input', {}, 'name', 'shops.errors.nameEmpty')
  if ([...name].length > MAX_SHOP_NAME) throw new AppError('invalid_input', { max: MAX_SHOP_NAME }, 'name', 'shops.errors.nameTooLong')
  const taken = prepared(db, 'SELECT id FROM shops WHERE platform = ? AND name = ?').get(platform, name) as { id: number } | undefined
  if (taken && taken.id !== exceptId) throw new AppError('conflict', { name }, 'name', 'shops.errors.nameTaken')
  return name
}

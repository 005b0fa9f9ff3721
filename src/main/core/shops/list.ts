// Reading shops: the list every screen's shop picker and Settings › Shops show.
import type { ShopRow } from '../../../shared/shop-types'
import type { Platform } from '../../../shared/types'
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'

interface Raw {
  id: number
  platform: Platform
  name: string
  isDefault: number
  orders: number
  batches: number
  ruleId: number | null
}

const LIST_SQL = `
SELECT s.id, s.platform, s.name, s.is_default AS isDefault,
       (SELECT COUNT(*) FROM orders o WHERE o.shop_id = s.id) AS orders,
       (SELECT COUNT(*) FROM import_batches b WHERE b.shop_id = s.id) AS batches,
       r.rule_id AS ruleId
FROM shops s LEFT JOIN shop_rules r ON r.shop_id = s.id
ORDER BY CASE s.platform WHEN 'pdd' THEN 0 WHEN 'taobao' THEN 1 WHEN 'douyin' THEN 2 ELSE 3 END,
         s.is_default DESC, s.name, s.id`

const toRow = (r: Raw): ShopRow => ({ ...r, isDefault: r.isDefault === 1 })

/** Every shop, platform by platform, the default shop first, with its order count. */
export function listShops(db: Db): ShopRow[] {
  return (prepared(db, LIST_SQL).all() as Raw[]).map(toRow)
}

/** One shop by id, or undefined. */
export function getShop(db: Db, id: number): ShopRow | undefined {
  return listShops(db).find((s) => s.id === id)
}

/** A shop by its name on a platform (names are unique per platform), or undefined. */
export function findShopByName(db: Db, platform: Platform, name: string): { id: number } | undefined {
  return prepared(db, 'SELECT id FROM shops WHERE platform = ? AND name = ?').get(platform, name.trim()) as { id: number } | undefined
}

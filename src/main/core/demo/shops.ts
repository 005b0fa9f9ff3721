// The demo shop's shops (issue #16): two Pinduoduo stores and one store on each other
// platform with orders, all drawing on the one stock room, so the shop picker, the
// shop columns and the per-shop review have something to show. Names are data in
// Chinese, as a merchant would type them. Deterministic (split by order id) and two
// UPDATEs, so the demo load stays as fast as before.
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'

const NAMES: Record<string, string> = { pdd: '拼多多旗舰店', taobao: '淘宝小铺', douyin: '抖音小店', other: '其他店铺' }
/** Every third Pinduoduo order was sold by the second store. */
export const DEMO_SECOND_PDD = '拼多多二店'

export function seedDemoShops(db: Db, openedAt: string): void {
  const platforms = (prepared(db, 'SELECT DISTINCT platform FROM orders ORDER BY platform').all() as { platform: string }[]).map(
    (r) => r.platform
  )
  const insert = prepared(db, 'INSERT INTO shops (platform, name, is_default, created_at) VALUES (?, ?, ?, ?)')
  for (const p of platforms) insert.run(p, NAMES[p] ?? p, 1, openedAt)
  if (platforms.includes('pdd')) insert.run('pdd', DEMO_SECOND_PDD, 0, openedAt)
  prepared(db, 'UPDATE orders SET shop_id = (SELECT s.id FROM shops s WHERE s.platform = orders.platform AND s.is_default = 1)').run()
  prepared(
    db,
    `UPDATE orders SET shop_id = (SELECT s.id FROM shops s WHERE s.platform = 'pdd' AND s.name = ?) WHERE platform = 'pdd' AND id % 3 = 0`
  ).run(DEMO_SECOND_PDD)
}

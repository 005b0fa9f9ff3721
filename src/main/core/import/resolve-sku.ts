import type { Db } from '../db/open'
import { prepared } from '../db/prepared'

/**
 * Finds the shop's product for an order line's merchant code: the product with
 * that merchant code, else a mapping the user saved for this platform's code.
 * Loaded once per import so 200,000 lines cost 200,000 map look-ups, not queries.
 */
export function skuResolver(db: Db, platform: string): (code: string) => number | null {
  const byCode = new Map<string, number>()
  for (const r of prepared(db, 'SELECT id, merchant_code AS code FROM products').all() as { id: number; code: string }[])
    byCode.set(r.code, r.id)
  const mapped = new Map<string, number>()
  for (const r of prepared(db, 'SELECT platform_code AS code, product_id AS id FROM sku_mappings WHERE platform = ?').all(platform) as {
    code: string
    id: number
  }[])
    mapped.set(r.code, r.id)
  return (code) => (code === '' ? null : (byCode.get(code) ?? mapped.get(code) ?? null))
}

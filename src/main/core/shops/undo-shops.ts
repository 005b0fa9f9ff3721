// Undoing an import that created shops (issue #16): the shops go again. The batch stays in the
// history, so it stops pointing at them. A shop that has since been given other orders (merged
// into by hand) keeps existing: deleting it would take those orders' shop away.
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'

export function removeImportedShops(db: Db, from: number, to: number): void {
  prepared(db, 'UPDATE import_batches SET shop_id = NULL WHERE shop_id BETWEEN ? AND ?').run(from, to)
  prepared(
    db,
    'DELETE FROM shops WHERE id BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.shop_id = shops.id)'
  ).run(from, to)
}

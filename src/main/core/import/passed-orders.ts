// What an import lists about the orders its parse passed over (parse/row-digest.ts): they are the
// stored orders exactly, so a line's title and spec are read from the shop rather than the file.
import type { Db } from '../db/open'
import { prepared } from '../db/prepared'

/** Title and spec of the first line the shop stored under a merchant code in one platform's orders ('' when none). */
export function firstStoredLine(db: Db, platform: string, code: string): { title: string; spec: string } {
  const row = prepared(
    db,
    `SELECT l.title, l.spec FROM order_lines l JOIN orders o ON o.id = l.order_id
     WHERE l.merchant_code = ? AND o.platform = ? ORDER BY l.id LIMIT 1`
  ).get(code, platform) as
    | { title: string; spec: string }
    | undefined
  return row ?? { title: '', spec: '' }
}
